package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/**
 * A {@code .waitForTaskToken} task restored in a new engine (as after a restart) keeps its
 * heartbeat deadline and takes a callback that arrives before it is back in place.
 */
class RestoredTaskWaitTest {
    private static final String AWAIT_ATTESTATION = """
            {"StartAt": "Wait For Attestation", "States": {
              "Wait For Attestation": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": {"FunctionName": "NotifyAttestants", "Payload": {"token.$": "$$.Task.Token"}},
                "TimeoutSeconds": 3600, "HeartbeatSeconds": 60, "ResultPath": "$.attestation", "End": true}}}
            """;

    private final List<String> tokens = new ArrayList<>();

    /** An engine process whose virtual clock starts at {@code now}. */
    private final class EngineProcess {
        final VirtualScheduler clock;
        final AslEngine engine;
        final List<ExecutionSnapshot> pauses = new ArrayList<>();

        EngineProcess(Instant now) {
            clock = new VirtualScheduler(now);
            LambdaRegistry lambdas = new LambdaRegistry();
            lambdas.register("NotifyAttestants", (request, invocation) -> {
                tokens.add(Json.parse(new String(request, StandardCharsets.UTF_8)).path("token").asText());
                return CompletableFuture.completedFuture("null".getBytes(StandardCharsets.UTF_8));
            });
            engine = new AslEngine(clock, lambdas);
            engine.addListener(new AslEngine.ExecutionListener() {
                @Override
                public void onEvent(String executionArn, HistoryEvent event) {
                }

                @Override
                public void onPaused(String executionArn, ExecutionSnapshot snapshot) {
                    pauses.add(snapshot);
                }
            });
        }

        String startWaiting() {
            String machine = engine.createStateMachine("attest", AWAIT_ATTESTATION, EngineTestSupport.ROLE).stateMachineArn();
            String execution = engine.startExecution(machine, "order-42", "{\"orderId\": 42}").executionArn();
            clock.runReady();
            return execution;
        }

        /** The snapshot as a durable store would have written and read it back. */
        ExecutionSnapshot persisted(String execution) {
            return ExecutionSnapshot.fromJson(engine.snapshot(execution).orElseThrow().toJson());
        }

        ExecutionDescription describe(String execution) {
            return engine.describeExecution(execution);
        }
    }

    @Test
    void aCallbackSentRightAfterRestoreCompletesTheResumedTask() {
        EngineProcess before = new EngineProcess(EngineTestSupport.START);
        String execution = before.startWaiting();
        ExecutionSnapshot snapshot = before.persisted(execution);

        EngineProcess after = new EngineProcess(before.clock.now());
        after.engine.restore(snapshot);
        // Nothing has run on the new engine's scheduler yet: the resumed task is not back in place.
        after.engine.sendTaskSuccess(tokens.get(0), "{\"approved\": true}");
        after.clock.runUntilIdle();

        ExecutionDescription done = after.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output())).isEqualTo(Json.parse("{\"orderId\": 42, \"attestation\": {\"approved\": true}}"));
        assertThat(after.engine.getExecutionHistory(execution)).extracting(HistoryEvent::type).endsWith(
                "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThatThrownBy(() -> after.engine.sendTaskSuccess(tokens.get(0), "{}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskDoesNotExist"));
    }

    @Test
    void aRestoredTaskKeepsTheHeartbeatDeadlineItHadBeforeTheRestart() {
        EngineProcess before = new EngineProcess(EngineTestSupport.START);
        String execution = before.startWaiting();
        before.clock.advance(Duration.ofSeconds(40));
        ExecutionSnapshot snapshot = before.persisted(execution);

        EngineProcess after = new EngineProcess(before.clock.now());
        after.engine.restore(snapshot);
        after.clock.advance(Duration.ofSeconds(15));
        assertThat(after.describe(execution).status()).as("55 s after the task started").isEqualTo(ExecutionStatus.RUNNING);

        after.clock.advance(Duration.ofSeconds(10));
        ExecutionDescription timedOut = after.describe(execution);
        assertThat(timedOut.status()).as("65 s after the task started, no heartbeat").isEqualTo(ExecutionStatus.FAILED);
        assertThat(timedOut.error()).isEqualTo(StatesError.HEARTBEAT_TIMEOUT);
    }

    @Test
    void aHeartbeatIsPersistedAndTheRestoredTaskWaitsAFullIntervalFromIt() {
        EngineProcess before = new EngineProcess(EngineTestSupport.START);
        String execution = before.startWaiting();
        before.clock.advance(Duration.ofSeconds(40));
        int pausesBeforeHeartbeat = before.pauses.size();
        before.engine.sendTaskHeartbeat(tokens.get(0));
        assertThat(before.pauses).as("the heartbeat is announced to listeners").hasSize(pausesBeforeHeartbeat + 1);
        before.clock.advance(Duration.ofSeconds(50));
        ExecutionSnapshot lastWritten = ExecutionSnapshot.fromJson(before.pauses.get(before.pauses.size() - 1).toJson());
        assertThat(lastWritten.heartbeatDeadline()).contains(EngineTestSupport.START.plusSeconds(100));

        EngineProcess after = new EngineProcess(before.clock.now());
        after.engine.restore(lastWritten);
        after.clock.advance(Duration.ofSeconds(8));
        assertThat(after.describe(execution).status()).as("98 s after the task started, 58 s after the heartbeat")
                .isEqualTo(ExecutionStatus.RUNNING);

        after.clock.advance(Duration.ofSeconds(4));
        ExecutionDescription timedOut = after.describe(execution);
        assertThat(timedOut.status()).as("62 s after the heartbeat").isEqualTo(ExecutionStatus.FAILED);
        assertThat(timedOut.error()).isEqualTo(StatesError.HEARTBEAT_TIMEOUT);
    }

    @Test
    void aHeartbeatSentRightAfterRestoreCountsForTheResumedTask() {
        EngineProcess before = new EngineProcess(EngineTestSupport.START);
        String execution = before.startWaiting();
        before.clock.advance(Duration.ofSeconds(50));
        ExecutionSnapshot snapshot = before.persisted(execution);

        EngineProcess after = new EngineProcess(before.clock.now());
        after.engine.restore(snapshot);
        // Nothing has run on the new engine's scheduler yet: the resumed task is not back in place.
        after.engine.sendTaskHeartbeat(tokens.get(0));
        assertThat(after.pauses).as("the moved deadline is announced").last()
                .satisfies(paused -> assertThat(paused.heartbeatDeadline()).contains(EngineTestSupport.START.plusSeconds(110)));
        after.clock.advance(Duration.ofSeconds(30));

        assertThat(after.describe(execution).status()).as("80 s after the task started, 30 s after the heartbeat")
                .isEqualTo(ExecutionStatus.RUNNING);
        after.engine.sendTaskSuccess(tokens.get(0), "{\"approved\": false}");
        after.clock.runUntilIdle();
        assertThat(after.describe(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void aRestoredTaskWhoseHeartbeatDeadlinePassedDuringTheRestartTimesOutAtOnce() {
        EngineProcess before = new EngineProcess(EngineTestSupport.START);
        String execution = before.startWaiting();
        ExecutionSnapshot snapshot = before.persisted(execution);

        EngineProcess after = new EngineProcess(before.clock.now().plus(Duration.ofMinutes(5)));
        after.engine.restore(snapshot);
        after.clock.runReady();

        assertThat(after.describe(execution).error()).isEqualTo(StatesError.HEARTBEAT_TIMEOUT);
    }

    @Test
    void restoreRefusesASnapshotPausedInAStateItsDefinitionDoesNotHave() {
        EngineProcess before = new EngineProcess(EngineTestSupport.START);
        String execution = before.startWaiting();
        ObjectNode json = (ObjectNode) Json.parse(before.engine.snapshot(execution).orElseThrow().toJson());
        ObjectNode states = (ObjectNode) json.path("definition").path("States");
        states.set("Wait For Approval", states.remove("Wait For Attestation"));
        ((ObjectNode) json.path("definition")).put("StartAt", "Wait For Approval");
        ExecutionSnapshot renamed = ExecutionSnapshot.fromJson(Json.write(json));

        EngineProcess after = new EngineProcess(before.clock.now());
        assertThatThrownBy(() -> after.engine.restore(renamed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Wait For Attestation'");
        assertThatThrownBy(() -> after.engine.describeExecution(execution))
                .as("nothing registered").isInstanceOf(AslApiException.class);
    }

    @Test
    void aStateMachineRecreatedAfterARestartKeepsItsOriginalCreationDate() {
        Instant created = Instant.parse("2025-06-01T08:00:00Z");
        EngineProcess after = new EngineProcess(EngineTestSupport.START);

        StateMachineDescription machine = after.engine.createStateMachine("attest", AWAIT_ATTESTATION,
                EngineTestSupport.ROLE, created);

        assertThat(machine.creationDate()).isEqualTo(created);
        assertThat(after.engine.describeStateMachine(machine.stateMachineArn()).creationDate()).isEqualTo(created);
    }
}
