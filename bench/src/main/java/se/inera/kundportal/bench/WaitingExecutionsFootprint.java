package se.inera.kundportal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import se.inera.kundportal.local.asl.ExecutionStatus;

/**
 * Heap held by executions that wait for a task token: heap in use after a full GC before and
 * after starting them, divided by their number. Run with {@code -Xmx256m} to show that 1,000
 * waiting executions fit in the local runtime's heap; the executions are then answered to show
 * they were alive and resumable.
 *
 * <p>A plain program rather than a JMH benchmark: it measures a quantity of memory once, not a
 * time, and JMH's forked, repeated runs add nothing to that.
 */
public final class WaitingExecutionsFootprint {
    private static final int GC_ROUNDS = 4;

    private WaitingExecutionsFootprint() {}

    public static void main(String[] args) throws InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        // Warm up in a throwaway engine so that class loading and JIT data are not counted as execution state.
        try (EngineHarness warmUp = new EngineHarness(null)) {
            runWaiting(warmUp, count / 10);
        }

        try (EngineHarness harness = new EngineHarness(null)) {
            long before = heapUsedAfterGc(memory);
            List<String> waiting = runWaiting(harness, count);
            long after = heapUsedAfterGc(memory);

            long running = waiting.stream()
                    .filter(arn -> harness.engine.describeExecution(arn).status() == ExecutionStatus.RUNNING).count();
            long retained = after - before;
            System.out.printf("max heap (-Xmx):              %,d KiB%n", Runtime.getRuntime().maxMemory() / 1024);
            System.out.printf("waiting executions:           %,d (RUNNING: %,d)%n", count, running);
            System.out.printf("heap in use before / after:   %,d KiB / %,d KiB%n", before / 1024, after / 1024);
            System.out.printf("retained by the executions:   %,d KiB%n", retained / 1024);
            System.out.printf("retained per execution:       %,.1f KiB%n", retained / 1024.0 / count);

            for (String arn : waiting) {
                harness.engine.sendTaskSuccess(harness.awaitToken(arn), "{\"approved\": true}");
            }
            long succeeded = waiting.stream().map(harness::awaitEnd).filter("ExecutionSucceeded"::equals).count();
            System.out.printf("answered afterwards:          %,d succeeded%n", succeeded);
            Reference.reachabilityFence(harness);
        }
    }

    /** Starts {@code count} executions and returns once every one waits for its token (tokens stay unanswered). */
    private static List<String> runWaiting(EngineHarness harness, int count) {
        String machine = harness.createStateMachine("order-attestation", EngineHarness.callbackMachine());
        List<String> executions = new ArrayList<>(count);
        for (int order = 1; order <= count; order++) {
            executions.add(harness.engine.startExecution(machine, "order-" + order, EngineHarness.orderInput(order))
                    .executionArn());
        }
        for (String arn : executions) {
            harness.peekToken(arn);
        }
        return executions;
    }

    private static long heapUsedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < GC_ROUNDS; round++) {
            System.gc();
            Thread.sleep(100); // lets the collector's concurrent phases and reference processing finish
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
