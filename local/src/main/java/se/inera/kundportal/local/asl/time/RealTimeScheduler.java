package se.inera.kundportal.local.asl.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Wall-clock time for the running local system: a small pool of daemon threads serves every execution. */
public final class RealTimeScheduler implements Scheduler, AutoCloseable {
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;

    public RealTimeScheduler(int threads) {
        this(Clock.systemUTC(), threads);
    }

    public RealTimeScheduler(Clock clock, int threads) {
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "asl-engine-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = new ScheduledThreadPoolExecutor(threads, factory);
        this.executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    /** After {@link #close()} new work is dropped: a stopped runtime resumes from the last saved pause point. */
    @Override
    public void execute(Runnable task) {
        if (executor.isShutdown()) {
            return;
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            // close() won the race; see above.
        }
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        if (executor.isShutdown()) {
            return () -> { };
        }
        try {
            ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closedMeanwhile) {
            return () -> { };
        }
    }

    /**
     * Lets the steps already running or queued finish (for up to {@link #DRAIN_TIMEOUT}), so that what they
     * write — history events, pause snapshots — is complete; pending timers are dropped, since a restored
     * execution re-arms its own.
     */
    @Override
    public void close() {
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
