package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;

/** An execution persisted as JSON in one engine goes on in another, as after a restart. */
class SnapshotAndRestoreTest {
    private static final String SIGN_THEN_WELCOME = """
            {"StartAt": "Wait For Signature", "States": {
              "Wait For Signature": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": {"FunctionName": "SendSigningLink", "Payload": {"token.$": "$$.Task.Token"}},
                "TimeoutSeconds": 86400, "ResultPath": "$.signature", "Assign": {"signedBy.$": "$.signer"},
                "Next": "Grace Period"},
              "Grace Period": {"Type": "Wait", "Seconds": 600, "Next": "Welcome"},
              "Welcome": {"Type": "Pass", "Parameters": {"org.$": "$.org", "signedBy.$": "$signedBy"}, "End": true}}}
            """;

    private final List<String> tokens = new ArrayList<>();

    private EngineTestSupport engineWithSigningLink() {
        EngineTestSupport support = new EngineTestSupport();
        support.lambdas.register("SendSigningLink", (request, invocation) -> {
            tokens.add(Json.parse(new String(request, StandardCharsets.UTF_8)).path("token").asText());
            return CompletableFuture.completedFuture("null".getBytes(StandardCharsets.UTF_8));
        });
        return support;
    }

    @Test
    void aTaskWaitingForItsTokenAndALaterWaitStateSurviveTwoRestarts() {
        EngineTestSupport first = engineWithSigningLink();
        String execution = first.runWithoutTimePassing(SIGN_THEN_WELCOME, "{\"org\": \"Region Norr\"}");
        String persisted = first.engine.snapshot(execution).orElseThrow().toJson();

        EngineTestSupport second = engineWithSigningLink();
        second.engine.restore(ExecutionSnapshot.fromJson(persisted));
        second.clock.runReady();
        second.engine.sendTaskSuccess(tokens.get(0), "{\"signer\": \"Anna Andersson\"}");
        second.clock.advance(Duration.ofSeconds(60));
        String persistedAgain = second.engine.snapshot(execution).orElseThrow().toJson();

        EngineTestSupport third = engineWithSigningLink();
        third.engine.restore(ExecutionSnapshot.fromJson(persistedAgain));
        third.clock.runUntilIdle();

        ExecutionDescription done = third.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output())).isEqualTo(Json.parse("{\"org\": \"Region Norr\", \"signedBy\": \"Anna Andersson\"}"));
        List<HistoryEvent> history = third.engine.getExecutionHistory(execution);
        assertThat(history).extracting(HistoryEvent::type).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "WaitStateEntered",
                "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
        assertThat(history).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void anExecutionBusyBetweenStatesCannotBeSnapshotButAFinishedOneCan() {
        EngineTestSupport support = engineWithSigningLink();
        String execution = support.start(SIGN_THEN_WELCOME, "{}");

        assertThat(support.engine.snapshot(execution)).as("started, nothing run yet").isEmpty();

        support.engine.stopExecution(execution, null, null);
        ExecutionSnapshot stopped = support.engine.snapshot(execution).orElseThrow();
        assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(stopped.isResumable()).isFalse();
    }

    @Test
    void listenersAreGivenAResumableSnapshotWheneverTheExecutionPauses() {
        EngineTestSupport support = engineWithSigningLink();
        List<String> pausedIn = new ArrayList<>();
        support.engine.addListener(new AslEngine.ExecutionListener() {
            @Override
            public void onEvent(String executionArn, HistoryEvent event) {
            }

            @Override
            public void onPaused(String executionArn, ExecutionSnapshot snapshot) {
                assertThat(snapshot.isResumable()).isTrue();
                pausedIn.add(support.engine.getExecutionHistory(executionArn).get((int) snapshot.lastEventId() - 1).type());
            }
        });
        support.runWithoutTimePassing(SIGN_THEN_WELCOME, "{}");
        support.engine.sendTaskSuccess(tokens.get(0), "{\"signer\": \"Bo\"}");
        support.clock.runUntilIdle();

        assertThat(pausedIn).containsExactly("TaskSubmitted", "WaitStateEntered");
    }
}
