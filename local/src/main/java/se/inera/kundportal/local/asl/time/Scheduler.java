package se.inera.kundportal.local.asl.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the engine gets the time and runs its work. Every wait (Wait states, retry intervals,
 * task timeouts, heartbeats) is a {@link #schedule} call, never a sleeping thread, so a waiting
 * execution costs only its state in memory.
 */
public interface Scheduler {
    Instant now();

    /** Runs the task soon, on one of the scheduler's threads. */
    void execute(Runnable task);

    /** Runs the task once {@code delay} has passed on this scheduler's clock. */
    Timer schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet can be cancelled. */
    @FunctionalInterface
    interface Timer {
        void cancel();
    }
}
