package se.inera.kundportal.local.asl.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * Virtual time for tests and the conformance runner: nothing runs until a caller drives the
 * scheduler with {@link #runUntilIdle()} (or {@link #advance}); when no work is ready, the clock
 * jumps straight to the next timer. A one-hour Wait state therefore takes microseconds.
 * Thread-safe: other threads may submit work (e.g. a task token callback) at any time.
 */
public final class VirtualScheduler implements Scheduler {
    private final Queue<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<PendingTimer> timers =
            new PriorityQueue<>(Comparator.comparing(PendingTimer::due).thenComparingLong(PendingTimer::sequence));
    private Instant now;
    private long sequence;

    public VirtualScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void execute(Runnable task) {
        ready.add(task);
    }

    @Override
    public synchronized Timer schedule(Duration delay, Runnable task) {
        PendingTimer timer = new PendingTimer(now.plus(delay.isNegative() ? Duration.ZERO : delay), sequence++, task);
        timers.add(timer);
        return () -> {
            synchronized (this) {
                timers.remove(timer);
            }
        };
    }

    /** Runs all work, advancing the clock to each timer in turn, until nothing is left to do. */
    public void runUntilIdle() {
        run(null);
    }

    /** Runs ready work and every timer due within {@code duration}, then sets the clock to now + duration. */
    public void advance(Duration duration) {
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        run(target);
        synchronized (this) {
            if (now.isBefore(target)) {
                now = target;
            }
        }
    }

    /** Runs only the work that is ready now, without moving the clock. */
    public void runReady() {
        run(now());
    }

    public synchronized boolean hasPendingTimers() {
        return !timers.isEmpty();
    }

    private void run(Instant limit) {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = ready.poll();
                if (next == null) {
                    PendingTimer timer = timers.peek();
                    if (timer == null || (limit != null && timer.due().isAfter(limit))) {
                        return;
                    }
                    timers.poll();
                    if (timer.due().isAfter(now)) {
                        now = timer.due();
                    }
                    next = timer.task();
                }
            }
            next.run();
        }
    }

    private record PendingTimer(Instant due, long sequence, Runnable task) {}
}
