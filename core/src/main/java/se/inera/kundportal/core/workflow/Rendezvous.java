package se.inera.kundportal.core.workflow;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one handshake between a workflow waiting for a person and that person's action, used by every
 * wait (Inera's decision, the signature, an order's attestation).
 *
 * <ul>
 *   <li><b>Workflow side</b>, {@link #await}: park the task token under the event's key FIRST, then check
 *       the stored state; if the person has already acted, wake the task at once with the result.</li>
 *   <li><b>Person side</b>, {@link #wake}: AFTER the conditional write that records the action, find the
 *       parked token and wake the task.</li>
 * </ul>
 *
 * Whatever the order of the two, one of them sees the other: the action is stored before the person
 * side looks for a token, and the token is parked before the workflow side looks at the state.
 *
 * <p><b>Self-healing.</b> A wake-up can still be lost after the action is stored (a throttled or timed-out
 * {@code SendTaskSuccess}, a crash between the write and the wake). So a wait is never one long park: the
 * workflow parks for one short round (the state machine's {@code WaitHealIntervalSeconds}), and when the
 * round times out it calls {@link #await} again with a fresh token, which checks the state again. A lost
 * wake-up therefore costs at most one round. Reminders and deadlines are counted by the state machine
 * across rounds, not per round.
 */
public final class Rendezvous {
    private static final System.Logger LOG = System.getLogger(Rendezvous.class.getName());

    private final WorkflowCallbacks callbacks;
    private final TaskTokenResumer resumer;
    private final Clock clock;

    public Rendezvous(WorkflowCallbacks callbacks, TaskTokenResumer resumer, Clock clock) {
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.resumer = Objects.requireNonNull(resumer, "resumer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One round of the workflow's wait: parks {@code taskToken} for {@code round} (replacing the previous
     * round's token), then wakes it at once if the event is already stored.
     */
    public WaitRound await(AwaitedEvent event, String taskToken, Duration round) {
        Instant parkedUntil = clock.instant().plus(round);
        callbacks.park(event.key(), taskToken, parkedUntil);
        Optional<?> result = event.happened().get();
        if (result.isEmpty()) {
            return new WaitRound(parkedUntil, Optional.empty());
        }
        ResumeOutcome outcome = resumeAndClear(event.key(), taskToken, result.get());
        return new WaitRound(parkedUntil, Optional.of(outcome));
    }

    /**
     * The person's side, after their action is stored: wakes the workflow waiting under {@code key} with
     * {@code result}. {@link ResumeOutcome#NOTHING_WAITING} when no round is parked (the workflow has not
     * reached its wait yet, or is between two rounds): its next round sees the stored action. An exception
     * from the resumer (throttled, unreachable) leaves the token parked; the next round heals it.
     */
    public ResumeOutcome wake(CallbackKey key, Object result) {
        Optional<ParkedCallback> parked = callbacks.find(key);
        if (parked.isEmpty()) {
            LOG.log(Level.INFO, () -> "No workflow round is parked for " + key + "; its next round sees the change");
            return ResumeOutcome.NOTHING_WAITING;
        }
        return resumeAndClear(key, parked.get().taskToken(), result);
    }

    private ResumeOutcome resumeAndClear(CallbackKey key, String taskToken, Object result) {
        ResumeOutcome outcome = resumer.resume(taskToken, result, key.toString());
        callbacks.clear(key, taskToken);
        return outcome;
    }
}
