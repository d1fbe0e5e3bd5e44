package se.inera.kundportal.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.RealTimeScheduler;

/**
 * The engine as the local runtime runs it (wall clock, two scheduler threads), plus what a
 * benchmark needs to wait for: the end of an execution, the task token a callback task hands
 * out, and the moment a named state is entered. Waiting uses futures completed by the engine's
 * listener, so no benchmark thread polls.
 */
final class EngineHarness implements AutoCloseable {
    static final String ROLE_ARN = "arn:aws:iam::111111111111:role/kundportal-bench";
    static final String NOTIFY_FUNCTION = "NotifyAttestants";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** As many as the machine has cores: the local runtime's setting on a developer laptop. */
    static final int SCHEDULER_THREADS = 2;

    final RealTimeScheduler scheduler = new RealTimeScheduler(SCHEDULER_THREADS);
    final AslEngine engine = new AslEngine(scheduler, new LambdaRegistry());
    private final String watchedState;
    private final Map<String, CompletableFuture<String>> ends = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Long>> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> tokens = new ConcurrentHashMap<>();

    /** @param watchedState the state whose entry {@link #entered} reports (null when none is watched) */
    EngineHarness(String watchedState) {
        this.watchedState = watchedState;
        startSchedulerThreads();
        engine.addListener(this::onEvent);
        // The notifier of the callback machines: hands the token over and returns at once, like a Lambda
        // that puts the token in a table and an e-mail.
        engine.lambdas().register(NOTIFY_FUNCTION, (request, invocation) -> {
            var payload = Json.parse(new String(request, StandardCharsets.UTF_8));
            future(tokens, payload.path("executionArn").asText()).complete(payload.path("taskToken").asText());
            return CompletableFuture.completedFuture("{\"notified\":true}".getBytes(StandardCharsets.UTF_8));
        });
    }

    private void onEvent(String executionArn, HistoryEvent event) {
        switch (event.type()) {
            case "ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted" ->
                    future(ends, executionArn).complete(event.type());
            default -> {
                if (watchedState != null && event.type().endsWith("StateEntered")
                        && watchedState.equals(event.details().path("name").asText())) {
                    future(entries, executionArn).complete(System.nanoTime());
                }
            }
        }
    }

    /**
     * The scheduler's pool creates a thread per task until it has two; doing that here keeps thread
     * creation out of the first measured execution.
     */
    private void startSchedulerThreads() {
        CountDownLatch started = new CountDownLatch(SCHEDULER_THREADS);
        for (int thread = 0; thread < SCHEDULER_THREADS; thread++) {
            scheduler.execute(started::countDown);
        }
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the scheduler", e);
        }
    }

    String createStateMachine(String name, String definition) {
        return engine.createStateMachine(name, definition, ROLE_ARN).stateMachineArn();
    }

    /** Waits until the execution has ended and returns its terminal event type. */
    String awaitEnd(String executionArn) {
        return await(ends, executionArn);
    }

    /** Waits until the execution's callback task has handed out its token. */
    String awaitToken(String executionArn) {
        return await(tokens, executionArn);
    }

    /** Waits until the execution's callback task has handed out its token, and keeps it for {@link #awaitToken}. */
    void peekToken(String executionArn) {
        future(tokens, executionArn).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** When ({@link System#nanoTime()}) the execution entered the watched state. */
    long awaitEntered(String executionArn) {
        return await(entries, executionArn);
    }

    private static <T> T await(Map<String, CompletableFuture<T>> futures, String executionArn) {
        try {
            return future(futures, executionArn).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + executionArn, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("gave up waiting for " + executionArn, e);
        } finally {
            futures.remove(executionArn);
        }
    }

    /** The listener and the waiting thread may come first in either order: both get the same future. */
    private static <T> CompletableFuture<T> future(Map<String, CompletableFuture<T>> futures, String executionArn) {
        return futures.computeIfAbsent(executionArn, arn -> new CompletableFuture<>());
    }

    @Override
    public void close() {
        scheduler.close();
    }

    /** A machine that hands its order to NotifyAttestants with a task token, then enters "Order Approved". */
    static String callbackMachine() {
        return """
                {"Comment": "Order attestation", "StartAt": "Wait For Attestation", "States": {
                  "Wait For Attestation": {
                    "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "%s",
                                   "Payload": {"taskToken.$": "$$.Task.Token", "executionArn.$": "$$.Execution.Id",
                                               "orderId.$": "$.orderId"}},
                    "ResultPath": "$.attestation", "Next": "Order Approved"},
                  "Order Approved": {"Type": "Pass", "End": true}}}
                """.formatted(NOTIFY_FUNCTION);
    }

    /** A realistic order input of a few hundred bytes. */
    static String orderInput(int orderId) {
        return """
                {"orderId": %d, "organisationId": "SE2321000131-E000000000001", "orderer": "anna.andersson@region.se",
                 "careUnit": "Vårdcentralen Gröna Dalen", "services": ["1177 Direkt", "Journalen"], "startupFee": 12500}
                """.formatted(orderId);
    }
}
