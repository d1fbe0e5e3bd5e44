package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;

/**
 * Each history event's {@code previousEventId} as AWS records it: the event that caused it, and 0 for the first
 * state entered (not ExecutionStarted). The expected sequences follow AWS recordings (LocalStack's snapshots of
 * GetExecutionHistory, recorded against AWS Step Functions): {@code callback/test_callback.snapshot.json} for a
 * callback Task, {@code base/test_base.snapshot.json} for Pass-to-state links and a Fail state,
 * {@code assign/test_assign_base.snapshot.json} ({@code BASE_SCOPE_MAP}, {@code BASE_SCOPE_PARALLEL}) for the links
 * across Map iterations and out of Parallel branches.
 */
class HistoryEventLinksTest {
    private final EngineTestSupport support = new EngineTestSupport();

    @Test
    void aPassThenCallbackTaskThenSucceedMachineLinksItsEventsAsAwsDoes() {
        List<String> tokens = new ArrayList<>();
        support.lambdas.register("SendSigningLink", (request, invocation) -> {
            tokens.add(Json.parse(new String(request, StandardCharsets.UTF_8)).path("token").asText());
            return CompletableFuture.completedFuture("{}".getBytes(StandardCharsets.UTF_8));
        });
        String execution = support.runWithoutTimePassing("""
                {"StartAt": "Prepare Signing", "States": {
                  "Prepare Signing": {"Type": "Pass", "Next": "Wait For Signature"},
                  "Wait For Signature": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "SendSigningLink", "Payload": {"token.$": "$$.Task.Token"}},
                    "Next": "Customer Onboarded"},
                  "Customer Onboarded": {"Type": "Succeed"}}}
                """, "{}");
        support.engine.sendTaskSuccess(tokens.get(0), "{\"signed\": true}");
        support.clock.runUntilIdle();

        assertThat(support.engine.getExecutionHistory(execution))
                .extracting(HistoryEvent::id, HistoryEvent::previousEventId, HistoryEvent::type)
                .containsExactly(
                        tuple(1L, 0L, "ExecutionStarted"),
                        tuple(2L, 0L, "PassStateEntered"),
                        tuple(3L, 2L, "PassStateExited"),
                        tuple(4L, 3L, "TaskStateEntered"),
                        tuple(5L, 4L, "TaskScheduled"),
                        tuple(6L, 5L, "TaskStarted"),
                        tuple(7L, 6L, "TaskSubmitted"),
                        tuple(8L, 7L, "TaskSucceeded"),
                        tuple(9L, 8L, "TaskStateExited"),
                        tuple(10L, 9L, "SucceedStateEntered"),
                        tuple(11L, 10L, "SucceedStateExited"),
                        tuple(12L, 11L, "ExecutionSucceeded"));
    }

    @Test
    void aFailStateEndsTheExecutionWithALinkToItsEntry() {
        String execution = support.run("""
                {"StartAt": "Application Rejected", "States": {
                  "Application Rejected": {"Type": "Fail", "Error": "Rejected"}}}
                """, "{}");

        assertThat(support.engine.getExecutionHistory(execution))
                .extracting(HistoryEvent::id, HistoryEvent::previousEventId, HistoryEvent::type)
                .containsExactly(
                        tuple(1L, 0L, "ExecutionStarted"),
                        tuple(2L, 0L, "FailStateEntered"),
                        tuple(3L, 2L, "ExecutionFailed"));
    }

    @Test
    void aMapLinksEachIterationToThePreviousOnesLastStateAndItsEndToTheLastIteration() {
        String execution = support.run("""
                {"StartAt": "Collect Lines", "States": {
                  "Collect Lines": {"Type": "Pass", "Result": [1, 2, 3], "Next": "Price Each Line"},
                  "Price Each Line": {"Type": "Map", "MaxConcurrency": 1, "Next": "Order Priced", "ItemProcessor": {
                    "StartAt": "Price Line", "States": {"Price Line": {"Type": "Pass", "End": true}}}},
                  "Order Priced": {"Type": "Pass", "End": true}}}
                """, "{}");

        assertThat(support.engine.getExecutionHistory(execution))
                .extracting(HistoryEvent::id, HistoryEvent::previousEventId, HistoryEvent::type)
                .containsExactly(
                        tuple(1L, 0L, "ExecutionStarted"),
                        tuple(2L, 0L, "PassStateEntered"),
                        tuple(3L, 2L, "PassStateExited"),
                        tuple(4L, 3L, "MapStateEntered"),
                        tuple(5L, 4L, "MapStateStarted"),
                        tuple(6L, 5L, "MapIterationStarted"),
                        tuple(7L, 6L, "PassStateEntered"),
                        tuple(8L, 7L, "PassStateExited"),
                        tuple(9L, 8L, "MapIterationSucceeded"),
                        tuple(10L, 8L, "MapIterationStarted"),
                        tuple(11L, 10L, "PassStateEntered"),
                        tuple(12L, 11L, "PassStateExited"),
                        tuple(13L, 12L, "MapIterationSucceeded"),
                        tuple(14L, 12L, "MapIterationStarted"),
                        tuple(15L, 14L, "PassStateEntered"),
                        tuple(16L, 15L, "PassStateExited"),
                        tuple(17L, 16L, "MapIterationSucceeded"),
                        tuple(18L, 17L, "MapStateSucceeded"),
                        tuple(19L, 17L, "MapStateExited"),
                        tuple(20L, 19L, "PassStateEntered"),
                        tuple(21L, 20L, "PassStateExited"),
                        tuple(22L, 21L, "ExecutionSucceeded"));
    }

    @Test
    void aParallelLinksEachBranchToItsStartAndItsExitToTheLastBranchEvent() {
        String execution = support.run("""
                {"StartAt": "Check Order", "States": {
                  "Check Order": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "Check Credit", "States": {"Check Credit": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Check Stock", "States": {"Check Stock": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Check Address", "States": {"Check Address": {"Type": "Pass", "End": true}}}]}}}
                """, "{}");

        List<HistoryEvent> history = support.engine.getExecutionHistory(execution);
        assertThat(history).extracting(HistoryEvent::id, HistoryEvent::previousEventId, HistoryEvent::type)
                .startsWith(
                        tuple(1L, 0L, "ExecutionStarted"),
                        tuple(2L, 0L, "ParallelStateEntered"),
                        tuple(3L, 2L, "ParallelStateStarted"))
                .endsWith(
                        tuple(10L, 9L, "ParallelStateExited"),
                        tuple(11L, 10L, "ExecutionSucceeded"));
        // Within each branch: the first state follows ParallelStateStarted, its exit follows its entry.
        List<HistoryEvent> branchEvents = history.subList(3, 9);
        for (String branchState : List.of("Check Credit", "Check Stock", "Check Address")) {
            HistoryEvent entered = eventOf(branchEvents, "PassStateEntered", branchState);
            HistoryEvent exited = eventOf(branchEvents, "PassStateExited", branchState);
            assertThat(entered.previousEventId()).as(branchState + " entered").isEqualTo(3L);
            assertThat(exited.previousEventId()).as(branchState + " exited").isEqualTo(entered.id());
        }
    }

    private static HistoryEvent eventOf(List<HistoryEvent> events, String type, String stateName) {
        return events.stream()
                .filter(event -> event.type().equals(type) && event.details().path("name").asText().equals(stateName))
                .findFirst().orElseThrow();
    }
}
