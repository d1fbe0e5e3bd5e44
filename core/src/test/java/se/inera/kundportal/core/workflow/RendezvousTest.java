package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.workflow.RecordingTaskTokenResumer.Resumed;

/**
 * The one handshake of every wait for a person, on awaited events of its own (the stored state is a map of
 * subject to result), so it holds for the decision, the signature and any wait that comes later alike: the
 * workflow side, the person side and the sweeper that heals lost wake-ups.
 */
class RendezvousTest {
    private static final Duration WAIT = Duration.ofDays(30);
    private static final CallbackKey.Kind KIND = CallbackKey.Kind.APPLICATION_DECISION;
    private static final CallbackKey KEY = new CallbackKey(KIND, "app-1");

    private final ManualClock clock = new ManualClock(Fixtures.NOW);
    private final InMemoryWorkflowCallbacks callbacks = new InMemoryWorkflowCallbacks(clock);
    private final RecordingTaskTokenResumer resumer = new RecordingTaskTokenResumer();
    private final Rendezvous rendezvous = new Rendezvous(callbacks, resumer, clock);
    /** The persons' actions as the store holds them, by subject: absent until they act. */
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final AwaitedEvent.Source source = new AwaitedEvent.Source(KIND,
            subject -> Optional.ofNullable(stored.get(subject)));
    private final AwaitedEvent event = source.of(KEY.subjectId());

    @Test
    void aWaitParksItsTokenForTheWholeWaitWhenNothingHappenedYet() {
        ParkedWait parked = rendezvous.await(event, "token-1", WAIT);

        assertThat(parked.resumedAtOnce()).isEmpty();
        assertThat(parked.parkedUntil()).isEqualTo(Fixtures.NOW.plus(WAIT));
        assertThat(callbacks.find(KEY)).get().extracting(ParkedCallback::taskToken).isEqualTo("token-1");
        assertThat(resumer.resumed).isEmpty();
    }

    @Test
    void thePersonsSideWakesTheParkedWaitAndClearsItsToken() {
        rendezvous.await(event, "token-1", WAIT);
        stored.put("app-1", "approved");

        assertThat(rendezvous.wake(KEY, "approved")).isEqualTo(ResumeOutcome.RESUMED);

        assertThat(resumer.resumed).containsExactly(new Resumed("token-1", "approved"));
        assertThat(callbacks.find(KEY)).isEmpty();
    }

    @Test
    void anActionStoredBeforeTheWaitParksIsPickedUpByTheWaitItself() {
        stored.put("app-1", "approved");
        assertThat(rendezvous.wake(KEY, "approved")).isEqualTo(ResumeOutcome.NOTHING_WAITING);

        ParkedWait parked = rendezvous.await(event, "token-1", WAIT);

        assertThat(parked.resumedAtOnce()).contains(ResumeOutcome.RESUMED);
        assertThat(resumer.resumed).containsExactly(new Resumed("token-1", "approved"));
        assertThat(callbacks.find(KEY)).as("a used token is cleared").isEmpty();
    }

    @Test
    void aLostWakeUpIsHealedByTheNextSweep() {
        rendezvous.await(event, "token-1", WAIT);
        stored.put("app-1", "approved");
        resumer.failing = new IllegalStateException("SendTaskSuccess throttled");
        assertThatThrownBy(() -> rendezvous.wake(KEY, "approved")).hasMessageContaining("throttled");
        resumer.failing = null;
        assertThat(callbacks.find(KEY)).as("the lost wake-up leaves the token parked").isPresent();

        clock.advance(Duration.ofMinutes(5));
        HealReport report = rendezvous.heal(List.of(source));

        assertThat(report).isEqualTo(new HealReport(1, 1, 0, 0));
        assertThat(resumer.resumed).containsExactly(new Resumed("token-1", "approved"));
        assertThat(callbacks.find(KEY)).isEmpty();
    }

    @Test
    void aSweepLeavesWaitsWhosePersonHasNotActedParkedAndWakesNothing() {
        rendezvous.await(event, "token-1", WAIT);

        assertThat(rendezvous.heal(List.of(source))).isEqualTo(new HealReport(1, 0, 0, 0));

        assertThat(resumer.resumed).isEmpty();
        assertThat(callbacks.find(KEY)).isPresent();
    }

    @Test
    void aSweepClearsTheTokenOfAWaitThatTimedOutWithoutWakingIt() {
        rendezvous.await(event, "token-1", WAIT);
        clock.advance(WAIT);
        stored.put("app-1", "approved");

        assertThat(rendezvous.heal(List.of(source))).isEqualTo(new HealReport(1, 0, 1, 0));

        assertThat(resumer.resumed).as("the task has timed out and moved on").isEmpty();
        assertThat(callbacks.find(KEY)).isEmpty();
    }

    @Test
    void aSweepGoesThroughEveryPageOfParkedWaits() {
        int waits = Rendezvous.HEAL_PAGE_SIZE * 2 + 1;
        IntStream.range(0, waits).forEach(n -> {
            rendezvous.await(source.of("app-" + n), "token-" + n, WAIT);
            stored.put("app-" + n, "approved");
            clock.advance(Duration.ofSeconds(1));
        });

        assertThat(rendezvous.heal(List.of(source))).isEqualTo(new HealReport(waits, waits, 0, 0));

        assertThat(resumer.resumed).hasSize(waits).first().isEqualTo(new Resumed("token-0", "approved"));
        assertThat(callbacks.parked(PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void aWaitThatCannotBeCheckedNowStaysParkedAndDoesNotStopTheOthers() {
        rendezvous.await(event, "token-1", WAIT);
        clock.advance(Duration.ofSeconds(1));
        rendezvous.await(source.of("app-2"), "token-2", WAIT);
        stored.put("app-2", "rejected");
        AwaitedEvent.Source unreachable = new AwaitedEvent.Source(KIND, subject -> {
            if (subject.equals("app-1")) {
                throw new IllegalStateException("the table is throttling");
            }
            return source.happenedTo().apply(subject);
        });

        assertThat(rendezvous.heal(List.of(unreachable))).isEqualTo(new HealReport(2, 1, 0, 1));

        assertThat(resumer.resumed).containsExactly(new Resumed("token-2", "rejected"));
        assertThat(callbacks.find(KEY)).as("tried again by the next sweep").isPresent();
    }

    @Test
    void aWaitOfAKindNobodyRegisteredStaysParked() {
        CallbackKey signature = new CallbackKey(CallbackKey.Kind.AGREEMENT_SIGNATURE, "agreement-1");
        rendezvous.await(new AwaitedEvent(signature, () -> Optional.empty()), "token-1", WAIT);

        assertThat(rendezvous.heal(List.of(source))).isEqualTo(new HealReport(1, 0, 0, 1));

        assertThat(callbacks.find(signature)).isPresent();
    }

    @Test
    void twoSourcesForOneKindAreRefused() {
        assertThatThrownBy(() -> rendezvous.heal(List.of(source, source)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(KIND.name());
    }

    @Test
    void aNewWaitReplacesTheEarlierToken() {
        rendezvous.await(event, "token-1", WAIT);
        clock.advance(Duration.ofDays(3));
        rendezvous.await(event, "token-2", WAIT);

        rendezvous.wake(KEY, "approved");

        assertThat(resumer.resumed).containsExactly(new Resumed("token-2", "approved"));
    }
}
