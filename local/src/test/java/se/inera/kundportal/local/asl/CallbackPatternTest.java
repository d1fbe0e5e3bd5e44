package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;

class CallbackPatternTest {
    private static final String WAIT_FOR_ATTESTATION = """
            {"StartAt": "Wait For Attestation", "States": {
              "Wait For Attestation": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": {"FunctionName": "NotifyAttestants", "Payload": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
                "HeartbeatSeconds": 60, "TimeoutSeconds": 3600, "ResultPath": "$.attestation", "End": true}}}
            """;

    private final EngineTestSupport support = new EngineTestSupport();
    private final List<String> tokensSent = new ArrayList<>();

    @BeforeEach
    void registerNotifier() {
        support.lambdas.register("NotifyAttestants", (request, invocation) -> {
            tokensSent.add(Json.parse(new String(request, StandardCharsets.UTF_8)).path("token").asText());
            return CompletableFuture.completedFuture("{}".getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void pausesUntilTaskSuccessAndContinuesWithItsOutput() {
        String execution = support.runWithoutTimePassing(WAIT_FOR_ATTESTATION, "{\"order\": 42}");
        assertThat(support.describe(execution).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(tokensSent).hasSize(1);

        support.engine.sendTaskSuccess(tokensSent.get(0), "{\"approved\": true}");
        support.clock.runReady();

        ExecutionDescription done = support.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output())).isEqualTo(Json.parse("{\"order\": 42, \"attestation\": {\"approved\": true}}"));
        assertThat(support.engine.getExecutionHistory(execution)).extracting(HistoryEvent::type).containsExactly(
                "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded",
                "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void taskFailureFailsTheTaskWithTheGivenErrorAndCause() {
        String execution = support.runWithoutTimePassing(WAIT_FOR_ATTESTATION, "{\"order\": 42}");

        support.engine.sendTaskFailure(tokensSent.get(0), "Attestation.Rejected", "no budget");
        support.clock.runReady();

        ExecutionDescription done = support.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("Attestation.Rejected");
        assertThat(done.cause()).isEqualTo("no budget");
    }

    @Test
    void missingHeartbeatTimesTheTaskOutAndLaterCallsAreRefusedAsTimedOut() {
        String execution = support.start(WAIT_FOR_ATTESTATION, "{\"order\": 42}");
        support.clock.runReady();
        support.clock.advance(Duration.ofSeconds(59));
        support.engine.sendTaskHeartbeat(tokensSent.get(0));
        support.clock.advance(Duration.ofSeconds(59));
        assertThat(support.describe(execution).status()).as("a heartbeat restarts the countdown").isEqualTo(ExecutionStatus.RUNNING);

        support.clock.advance(Duration.ofSeconds(2));

        ExecutionDescription done = support.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("States.HeartbeatTimeout");
        assertThat(support.engine.getExecutionHistory(execution)).extracting(HistoryEvent::type).contains("TaskTimedOut");
        assertThatThrownBy(() -> support.engine.sendTaskSuccess(tokensSent.get(0), "{}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskTimedOut"));
    }

    @Test
    void refusesMalformedUnknownAndCompletedTokensWithDistinctErrors() {
        support.runWithoutTimePassing(WAIT_FOR_ATTESTATION, "{\"order\": 42}");
        String token = tokensSent.get(0);
        support.engine.sendTaskSuccess(token, "{}");

        assertThatThrownBy(() -> support.engine.sendTaskSuccess("not a token", "{}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("InvalidToken"));
        assertThatThrownBy(() -> support.engine.sendTaskSuccess("A".repeat(64), "{}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskDoesNotExist"));
        assertThatThrownBy(() -> support.engine.sendTaskFailure(token, "E", "C"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskDoesNotExist"));
    }

    @Test
    void stoppingAWaitingExecutionAbortsItAndInvalidatesItsToken() {
        String execution = support.runWithoutTimePassing(WAIT_FOR_ATTESTATION, "{\"order\": 42}");

        support.engine.stopExecution(execution, "Operator.Stopped", "cancelled by support");

        ExecutionDescription stopped = support.describe(execution);
        assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(support.engine.getExecutionHistory(execution)).last().extracting(HistoryEvent::type).isEqualTo("ExecutionAborted");
        assertThatThrownBy(() -> support.engine.sendTaskSuccess(tokensSent.get(0), "{}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskDoesNotExist"));
        assertThat(support.clock.hasPendingTimers()).as("timeout and heartbeat timers cancelled").isFalse();
    }

    @Test
    void aTokenWaitingInABranchIsRefusedOnceASiblingBranchHasFailedTheExecution() {
        String execution = support.runWithoutTimePassing("""
                {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Wait For Attestation", "States": {"Wait For Attestation": {"Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "NotifyAttestants", "Payload": {"token.$": "$$.Task.Token"}}, "End": true}}},
                  {"StartAt": "Check Later", "States": {"Check Later": {"Type": "Wait", "Seconds": 5, "Next": "Reject"},
                    "Reject": {"Type": "Fail", "Error": "Order.Expired"}}}]}}}
                """, "{}");
        support.clock.advance(Duration.ofSeconds(5));

        assertThat(support.describe(execution).error()).isEqualTo("Order.Expired");
        assertThatThrownBy(() -> support.engine.sendTaskSuccess(tokensSent.get(0), "{}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskDoesNotExist"));
    }
}
