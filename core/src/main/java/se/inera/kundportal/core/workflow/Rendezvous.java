package se.inera.kundportal.core.workflow;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;

/**
 * The one handshake between a workflow waiting for a person and that person's action, used by every
 * wait (Inera's decision, the signature, an order's attestation).
 *
 * <ul>
 *   <li><b>Workflow side</b>, {@link #await}: park the task token under the event's key FIRST, then check
 *       the stored state; if the person has already acted, wake the task at once with the result.</li>
 *   <li><b>Person side</b>, {@link #wake}: AFTER the conditional write that records the action, find the
 *       parked token and wake the task.</li>
 *   <li><b>Sweeper</b>, {@link #heal}: every few minutes, for every parked token, check the stored state
 *       again and wake the task if the person has acted; clear the tokens whose wait is over.</li>
 * </ul>
 *
 * Whatever the order of the first two, one of them sees the other: the action is stored before the person
 * side looks for a token, and the token is parked before the workflow side looks at the state. A wake-up can
 * still be lost after the action is stored (a throttled or timed-out {@code SendTaskSuccess}, a crash between
 * the write and the wake); the token then stays parked, and the next sweep wakes it. The wait itself is parked
 * once per reminder or deadline, so a long wait adds only a few events to the execution's history.
 */
public final class Rendezvous {
    private static final System.Logger LOG = System.getLogger(Rendezvous.class.getName());
    /** Parked tokens read per query; a sweep reads page after page. */
    static final int HEAL_PAGE_SIZE = 100;

    private final WorkflowCallbacks callbacks;
    private final TaskTokenResumer resumer;
    private final Clock clock;

    public Rendezvous(WorkflowCallbacks callbacks, TaskTokenResumer resumer, Clock clock) {
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.resumer = Objects.requireNonNull(resumer, "resumer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The workflow's wait: parks {@code taskToken} for {@code wait} (the waiting task's timeout; replacing an
     * earlier token of the same event), then wakes it at once if the event is already stored.
     */
    public ParkedWait await(AwaitedEvent event, String taskToken, Duration wait) {
        Instant parkedUntil = clock.instant().plus(wait);
        callbacks.park(event.key(), taskToken, parkedUntil);
        Optional<?> result = event.happened().get();
        if (result.isEmpty()) {
            return new ParkedWait(parkedUntil, Optional.empty());
        }
        ResumeOutcome outcome = resumeAndClear(event.key(), taskToken, result.get());
        return new ParkedWait(parkedUntil, Optional.of(outcome));
    }

    /**
     * The person's side, after their action is stored: wakes the workflow waiting under {@code key} with
     * {@code result}. {@link ResumeOutcome#NOTHING_WAITING} when nothing is parked (the workflow has not
     * reached its wait yet): its wait sees the stored action when it parks. An exception from the resumer
     * (throttled, unreachable) leaves the token parked; the next sweep ({@link #heal}) wakes it.
     */
    public ResumeOutcome wake(CallbackKey key, Object result) {
        Optional<ParkedCallback> parked = callbacks.find(key);
        if (parked.isEmpty()) {
            LOG.log(Level.INFO, () -> "No workflow is parked for " + key + "; its wait sees the change when it parks");
            return ResumeOutcome.NOTHING_WAITING;
        }
        return resumeAndClear(key, parked.get().taskToken(), result);
    }

    /**
     * The sweeper: goes through every parked token (oldest first, page by page) and, by the {@link AwaitedEvent}
     * of its kind in {@code sources}, wakes the wait whose person has acted. A token past its wait's timeout is
     * cleared (the task has timed out and moved on). A token of a kind without a source, or whose check fails,
     * stays parked and is tried again by the next sweep.
     *
     * @param sources one per kind of wait (see {@link AwaitedEvent.Source})
     * @throws IllegalArgumentException if two sources name the same kind
     */
    public HealReport heal(List<AwaitedEvent.Source> sources) {
        Map<CallbackKey.Kind, AwaitedEvent.Source> byKind = new HashMap<>();
        for (AwaitedEvent.Source source : sources) {
            if (byKind.putIfAbsent(source.kind(), source) != null) {
                throw new IllegalArgumentException("Two awaited event sources for " + source.kind());
            }
        }
        Instant now = clock.instant();
        int checked = 0;
        int woken = 0;
        int cleared = 0;
        int failed = 0;
        PageRequest request = PageRequest.first(HEAL_PAGE_SIZE);
        while (true) {
            Page<ParkedCallback> page = callbacks.parked(request);
            for (ParkedCallback parked : page.items()) {
                checked++;
                switch (heal(parked, byKind.get(parked.key().kind()), now)) {
                    case WOKEN -> woken++;
                    case CLEARED -> cleared++;
                    case FAILED -> failed++;
                    case WAITING -> { }
                }
            }
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = request.next(page.nextCursor().get());
        }
        HealReport report = new HealReport(checked, woken, cleared, failed);
        LOG.log(woken > 0 || failed > 0 ? Level.WARNING : Level.INFO, () -> "Healed parked waits: " + report);
        return report;
    }

    private enum Healed { WAITING, WOKEN, CLEARED, FAILED }

    private Healed heal(ParkedCallback parked, AwaitedEvent.Source source, Instant now) {
        if (parked.isExpiredAt(now)) {
            callbacks.clear(parked.key(), parked.taskToken());
            return Healed.CLEARED;
        }
        if (source == null) {
            LOG.log(Level.WARNING, () -> "No awaited event is registered for " + parked.key().kind()
                    + "; " + parked + " stays parked");
            return Healed.FAILED;
        }
        try {
            Optional<?> result = source.of(parked.key().subjectId()).happened().get();
            if (result.isEmpty()) {
                return Healed.WAITING;
            }
            LOG.log(Level.WARNING, () -> "The wake-up of " + parked.key() + " was lost; waking it now");
            return resumeAndClear(parked.key(), parked.taskToken(), result.get()) == ResumeOutcome.RESUMED
                    ? Healed.WOKEN : Healed.CLEARED;
        } catch (RuntimeException e) {
            // One wait that cannot be checked now (throttled, unreachable) must not stop the others from healing.
            LOG.log(Level.WARNING, () -> "Could not heal " + parked + ": " + e);
            return Healed.FAILED;
        }
    }

    private ResumeOutcome resumeAndClear(CallbackKey key, String taskToken, Object result) {
        ResumeOutcome outcome = resumer.resume(taskToken, result, key.toString());
        callbacks.clear(key, taskToken);
        return outcome;
    }
}
