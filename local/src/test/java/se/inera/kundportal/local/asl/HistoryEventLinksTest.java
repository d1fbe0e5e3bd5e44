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
 * callback Task, {@code base/test_base.snapshot.json} for Pass-to-state links and a Fail state.
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
}
