package se.inera.kundportal.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.local.console.ExecutionPath.StateOutcome;

class ExecutionPathTest {
    private final VirtualScheduler clock = new VirtualScheduler(Instant.parse("2026-01-01T08:00:00Z"));
    private final LambdaRegistry lambdas = new LambdaRegistry();
    private final AslEngine engine = new AslEngine(clock, lambdas);
    private int attempts;

    @BeforeEach
    void registerFunctions() {
        lambdas.register("Notify", (request, invocation) ->
                CompletableFuture.completedFuture("{}".getBytes(StandardCharsets.UTF_8)));
        lambdas.register("Boom", (request, invocation) -> CompletableFuture.failedFuture(
                new LambdaFunctionException("Stock.Missing", "{}")));
        lambdas.register("FlakyOnce", (request, invocation) -> attempts++ == 0
                ? CompletableFuture.failedFuture(new LambdaFunctionException("Lambda.ServiceException", "{}"))
                : CompletableFuture.completedFuture("{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFailingBranchFailsItsParallelStateAndCancelsTheWaitingSibling() {
        String execution = start("""
                {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "Next": "After", "Branches": [
                  {"StartAt": "Wait For Attestation", "States": {"Wait For Attestation": {"Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "Notify", "Payload": {"token.$": "$$.Task.Token"}}, "End": true}}},
                  {"StartAt": "Reserve Stock", "States": {"Reserve Stock": {"Type": "Task", "Resource": "Boom", "End": true}}}]},
                  "After": {"Type": "Succeed"}}}
                """);
        clock.runReady();

        ExecutionPath path = path(execution);

        assertThat(engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(path.failedStates()).containsExactlyInAnyOrder("Both", "Reserve Stock");
        assertThat(path.visit("Wait For Attestation").orElseThrow().outcome()).isEqualTo(StateOutcome.CANCELLED);
        assertThat(path.visit("After")).isEmpty();
        assertThat(path.currentStates()).isEmpty();
    }

    @Test
    void aStoppedExecutionMarksTheStateItWasStoppedIn() {
        String execution = start("""
                {"StartAt": "Wait For Attestation", "States": {"Wait For Attestation": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                  "Parameters": {"FunctionName": "Notify", "Payload": {"token.$": "$$.Task.Token"}}, "End": true}}}
                """);
        clock.runReady();
        assertThat(path(execution).currentStates()).containsExactly("Wait For Attestation");

        engine.stopExecution(execution, "Operator", "no longer needed");

        assertThat(path(execution).failedStates()).containsExactly("Wait For Attestation");
        assertThat(path(execution).currentStates()).isEmpty();
    }

    @Test
    void aTaskThatSucceedsOnRetryIsSucceededNotCaught() {
        String execution = start("""
                {"StartAt": "Call Flaky", "States": {"Call Flaky": {"Type": "Task", "Resource": "FlakyOnce",
                  "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 1}],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle"}], "Next": "Done"},
                  "Handle": {"Type": "Pass", "Next": "Done"}, "Done": {"Type": "Succeed"}}}
                """);
        clock.advance(Duration.ofSeconds(5));

        ExecutionPath path = path(execution);

        assertThat(path.visit("Call Flaky").orElseThrow().outcome()).isEqualTo(StateOutcome.SUCCEEDED);
        assertThat(path.followed("Call Flaky", "Done")).isTrue();
        assertThat(path.followed("Call Flaky", "Handle")).isFalse();
        assertThat(path.visit("Handle")).isEmpty();
    }

    @Test
    void mapAndParallelStatesNestedInEachOtherAreExitedAndOwnTheirIterationEvents() {
        String execution = start("""
                {"StartAt": "Check Order", "States": {
                  "Check Order": {"Type": "Parallel", "Next": "Order Checked", "Branches": [
                    {"StartAt": "Price Lines", "States": {"Price Lines": {"Type": "Map", "MaxConcurrency": 2,
                      "ItemsPath": "$.lines", "End": true, "ItemProcessor": {"StartAt": "Price Line", "States": {
                        "Price Line": {"Type": "Task", "Resource": "Notify", "End": true}}}}}},
                    {"StartAt": "Reserve Stock", "States": {"Reserve Stock": {"Type": "Task", "Resource": "Boom",
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Stock Unavailable"}], "End": true},
                      "Stock Unavailable": {"Type": "Pass", "End": true}}}]},
                  "Order Checked": {"Type": "Succeed"}}}
                """, "{\"lines\": [1, 2, 3]}");
        clock.runUntilIdle();

        ExecutionPath path = path(execution);

        assertThat(engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(path.visit("Check Order").orElseThrow().outcome()).isEqualTo(StateOutcome.SUCCEEDED);
        assertThat(path.visit("Price Lines").orElseThrow().outcome()).isEqualTo(StateOutcome.SUCCEEDED);
        assertThat(path.visit("Price Line").orElseThrow()).isEqualTo(
                new ExecutionPath.StateVisit("Price Line", 3, StateOutcome.SUCCEEDED));
        assertThat(path.visit("Reserve Stock").orElseThrow().outcome()).isEqualTo(StateOutcome.CAUGHT);
        assertThat(path.followed("Reserve Stock", "Stock Unavailable")).isTrue();
        assertThat(path.followed("Check Order", "Order Checked")).isTrue();
        assertThat(path.currentStates()).isEmpty();
        assertThat(path.failedStates()).isEmpty();
        assertThat(engine.getExecutionHistory(execution))
                .filteredOn(event -> event.type().startsWith("MapIteration") || event.type().startsWith("MapState"))
                .allSatisfy(event -> assertThat(path.stateOf(event)).as(event.type()).isEqualTo("Price Lines"));
    }

    private String start(String definition) {
        return start(definition, "{}");
    }

    private String start(String definition, String input) {
        String machine = engine.createStateMachine("machine", definition, "arn:aws:iam::111111111111:role/test")
                .stateMachineArn();
        return engine.startExecution(machine, "run", input).executionArn();
    }

    private ExecutionPath path(String execution) {
        return ExecutionPath.of(engine.getExecutionHistory(execution), engine.describeExecution(execution).status());
    }
}
