package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.workflow.RecordingTaskTokenResumer.Resumed;

/**
 * The one handshake of every wait for a person, on an awaited event of its own (the stored state is a
 * reference), so it holds for the decision, the signature and any wait that comes later alike.
 */
class RendezvousTest {
    private static final Duration ROUND = Duration.ofMinutes(5);
    private static final CallbackKey KEY = new CallbackKey(CallbackKey.Kind.APPLICATION_DECISION, "app-1");

    private final ManualClock clock = new ManualClock(Fixtures.NOW);
    private final InMemoryWorkflowCallbacks callbacks = new InMemoryWorkflowCallbacks(clock);
    private final RecordingTaskTokenResumer resumer = new RecordingTaskTokenResumer();
    private final Rendezvous rendezvous = new Rendezvous(callbacks, resumer, clock);
    /** The person's action as the store holds it: empty until they act. */
    private final AtomicReference<String> stored = new AtomicReference<>();
    private final AwaitedEvent event = new AwaitedEvent(KEY, () -> Optional.ofNullable(stored.get()));

    @Test
    void aRoundParksItsTokenForTheRoundWhenNothingHappenedYet() {
        WaitRound round = rendezvous.await(event, "token-1", ROUND);

        assertThat(round.resumedAtOnce()).isEmpty();
        assertThat(round.parkedUntil()).isEqualTo(Fixtures.NOW.plus(ROUND));
        assertThat(callbacks.find(KEY)).get().extracting(ParkedCallback::taskToken).isEqualTo("token-1");
        assertThat(resumer.resumed).isEmpty();
    }

    @Test
    void thePersonsSideWakesTheParkedRoundAndClearsItsToken() {
        rendezvous.await(event, "token-1", ROUND);
        stored.set("approved");

        assertThat(rendezvous.wake(KEY, "approved")).isEqualTo(ResumeOutcome.RESUMED);

        assertThat(resumer.resumed).containsExactly(new Resumed("token-1", "approved"));
        assertThat(callbacks.find(KEY)).isEmpty();
    }

    @Test
    void anActionStoredBeforeTheRoundParksIsPickedUpByTheRoundItself() {
        stored.set("approved");
        assertThat(rendezvous.wake(KEY, "approved")).isEqualTo(ResumeOutcome.NOTHING_WAITING);

        WaitRound round = rendezvous.await(event, "token-1", ROUND);

        assertThat(round.resumedAtOnce()).contains(ResumeOutcome.RESUMED);
        assertThat(resumer.resumed).containsExactly(new Resumed("token-1", "approved"));
        assertThat(callbacks.find(KEY)).as("a used token is cleared").isEmpty();
    }

    @Test
    void aLostWakeUpIsHealedByTheNextRound() {
        rendezvous.await(event, "token-1", ROUND);
        stored.set("approved");
        resumer.failing = new IllegalStateException("SendTaskSuccess throttled");
        assertThatThrownBy(() -> rendezvous.wake(KEY, "approved")).hasMessageContaining("throttled");
        resumer.failing = null;

        clock.advance(ROUND);
        WaitRound next = rendezvous.await(event, "token-2", ROUND);

        assertThat(next.resumedAtOnce()).contains(ResumeOutcome.RESUMED);
        assertThat(resumer.resumed).containsExactly(new Resumed("token-2", "approved"));
    }

    @Test
    void eachRoundReplacesThePreviousRoundsToken() {
        rendezvous.await(event, "token-1", ROUND);
        clock.advance(ROUND);
        rendezvous.await(event, "token-2", ROUND);

        rendezvous.wake(KEY, "approved");

        assertThat(resumer.resumed).containsExactly(new Resumed("token-2", "approved"));
    }
}
