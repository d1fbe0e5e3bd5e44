package se.inera.kundportal.local.asl.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.inera.kundportal.local.asl.AslApiException;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.ExecutionDescription;
import se.inera.kundportal.local.asl.ExecutionSnapshot;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/**
 * Executions outlive the engine: each test runs an engine on a folder, discards it without closing it (as a killed
 * process would), opens a new engine on the same folder at a later virtual time and carries on.
 */
class DurableEngineTest {
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String ROLE = "arn:aws:iam::123456789012:role/onboarding";
    private static final String WAIT_FOR_SIGNATURE = """
            {"StartAt": "Wait For Signature", "States": {
              "Wait For Signature": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": {"FunctionName": "SendSigningLink", "Payload": {"token.$": "$$.Task.Token"}},
                "TimeoutSeconds": 3600, "ResultPath": "$.signature", "Next": "Customer Onboarded"},
              "Customer Onboarded": {"Type": "Pass", "End": true}}}
            """;
    private static final String GRACE_PERIOD = """
            {"StartAt": "Grace Period", "States": {
              "Grace Period": {"Type": "Wait", "Seconds": 600, "Next": "Customer Onboarded"},
              "Customer Onboarded": {"Type": "Pass", "End": true}}}
            """;
    private static final String DECIDE = """
            {"StartAt": "Approved?", "States": {
              "Approved?": {"Type": "Choice", "Choices": [{"Variable": "$.approved", "BooleanEquals": true,
                "Next": "Application Approved"}], "Default": "Application Rejected"},
              "Application Approved": {"Type": "Succeed"},
              "Application Rejected": {"Type": "Fail", "Error": "Rejected", "Cause": "not approved"}}}
            """;

    @TempDir
    Path folder;

    private final List<String> signingTokens = new ArrayList<>();

    /** One engine process: its own virtual clock, starting at {@code now}. */
    private final class Run {
        final VirtualScheduler clock;
        final DurableEngine durable;
        final AslEngine engine;

        Run(Instant now) {
            clock = new VirtualScheduler(now);
            LambdaRegistry lambdas = new LambdaRegistry().register("SendSigningLink", (request, invocation) -> {
                signingTokens.add(Json.parse(new String(request, StandardCharsets.UTF_8)).path("token").asText());
                return CompletableFuture.completedFuture("null".getBytes(StandardCharsets.UTF_8));
            });
            durable = DurableEngine.open(folder, clock, lambdas);
            engine = durable.engine();
        }

        String start(String machineName, String definition, String executionName, String input) {
            String machine = durable.createStateMachine(machineName, definition, ROLE).stateMachineArn();
            return engine.startExecution(machine, executionName, input).executionArn();
        }
    }

    @Test
    void aCallbackAnsweredAfterARestartSucceedsAndTheHistoryGoesOn() {
        Run before = new Run(START);
        String execution = before.start("onboarding", WAIT_FOR_SIGNATURE, "app-42", "{\"applicationId\": \"42\"}");
        before.clock.runReady();
        assertThat(signingTokens).hasSize(1);

        Run after = new Run(START.plus(Duration.ofMinutes(20)));
        after.clock.runReady();
        assertThat(after.engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.RUNNING);
        after.engine.sendTaskSuccess(signingTokens.get(0), "{\"signedBy\": \"Anna Andersson\"}");
        after.clock.runUntilIdle();

        ExecutionDescription done = after.engine.describeExecution(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output())).isEqualTo(Json.parse(
                "{\"applicationId\": \"42\", \"signature\": {\"signedBy\": \"Anna Andersson\"}}"));
        List<HistoryEvent> history = after.engine.getExecutionHistory(execution);
        assertThat(history).extracting(HistoryEvent::type).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "PassStateEntered",
                "PassStateExited", "ExecutionSucceeded");
        assertThat(history).extracting(HistoryEvent::id).containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(history.get(5).timestamp()).isEqualTo(START.plus(Duration.ofMinutes(20)));
        assertThat(signingTokens).as("the link is not sent again").hasSize(1);
    }

    @Test
    void aTaskWaitWhoseSnapshotCannotBeWrittenFailsInsteadOfWaitingOnlyInMemory() throws IOException {
        Run run = new Run(START);

        ExecutionDescription failed = runWithoutAWritableExecutionsFolder(run, WAIT_FOR_SIGNATURE);

        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("States.Runtime");
        assertThat(failed.cause()).contains("cannot write");
        assertThatThrownBy(() -> run.engine.sendTaskSuccess(signingTokens.get(0), "{}"))
                .isInstanceOf(AslApiException.class);
    }

    @Test
    void aWaitStateWhoseSnapshotCannotBeWrittenFails() throws IOException {
        ExecutionDescription failed = runWithoutAWritableExecutionsFolder(new Run(START), GRACE_PERIOD);

        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("States.Runtime");
    }

    /** Starts {@code definition} once its machine is stored and the executions folder is not writable. */
    private ExecutionDescription runWithoutAWritableExecutionsFolder(Run run, String definition) throws IOException {
        String machine = run.durable.createStateMachine("unwritable", definition, ROLE).stateMachineArn();
        makeExecutionsFolderUnwritable();
        String execution = run.engine.startExecution(machine, "app-42", "{}").executionArn();
        run.clock.runUntilIdle();
        return run.engine.describeExecution(execution);
    }

    /** A file where the executions folder was: every write there fails, even for root, who ignores permissions. */
    private void makeExecutionsFolderUnwritable() throws IOException {
        Path executions = folder.resolve(StoreFolder.EXECUTIONS);
        try (var files = Files.list(executions)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(executions);
        Files.writeString(executions, "not a folder");
    }

    @Test
    void theFinalStateOfAnExecutionThatEndedAfterARestartIsKeptForTheNextRestart() {
        Run first = new Run(START);
        String execution = first.start("onboarding", WAIT_FOR_SIGNATURE, "app-42", "{}");
        first.clock.runReady();
        Run second = new Run(START.plusSeconds(60));
        second.clock.runReady();
        second.engine.sendTaskSuccess(signingTokens.get(0), "{}");
        second.clock.runUntilIdle();

        Run third = new Run(START.plusSeconds(120));

        assertThat(third.engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(third.engine.getExecutionHistory(execution)).hasSize(10);
        assertThatThrownBy(() -> third.engine.sendTaskSuccess(signingTokens.get(0), "{}"))
                .isInstanceOfSatisfying(AslApiException.class,
                        e -> assertThat(e.errorCode()).isIn("TaskDoesNotExist", "InvalidToken"));
    }

    @Test
    void aWaitStateSpanningARestartEndsAtItsTime() {
        Run before = new Run(START);
        String execution = before.start("grace", GRACE_PERIOD, "app-42", "{}");
        before.clock.runReady();

        Run after = new Run(START.plusSeconds(100));
        after.clock.runUntilIdle();

        assertThat(after.engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        HistoryEvent waitExited = after.engine.getExecutionHistory(execution).stream()
                .filter(event -> event.type().equals("WaitStateExited")).findFirst().orElseThrow();
        assertThat(waitExited.timestamp()).isEqualTo(START.plusSeconds(600));
    }

    @Test
    void aWaitStateThatEndedWhileTheEngineWasDownEndsAsSoonAsTheNewEngineRuns() {
        Run before = new Run(START);
        String execution = before.start("grace", GRACE_PERIOD, "app-42", "{}");
        before.clock.runReady();

        Instant restart = START.plus(Duration.ofHours(2));
        Run after = new Run(restart);
        after.clock.runReady();

        assertThat(after.engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(after.engine.describeExecution(execution).stopDate()).isEqualTo(restart);
    }

    @Test
    void aTaskTimeoutThatPassedWhileTheEngineWasDownTimesTheTaskOutWhenTheNewEngineRuns() {
        Run before = new Run(START);
        String execution = before.start("onboarding", WAIT_FOR_SIGNATURE, "app-42", "{}");
        before.clock.runReady();

        Instant restart = START.plus(Duration.ofHours(5));
        Run after = new Run(restart);
        after.clock.runReady();

        ExecutionDescription timedOut = after.engine.describeExecution(execution);
        assertThat(timedOut.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(timedOut.error()).isEqualTo("States.Timeout");
        assertThat(timedOut.stopDate()).isEqualTo(restart);
        assertThat(after.engine.getExecutionHistory(execution)).extracting(HistoryEvent::type)
                .contains("TaskTimedOut").last().isEqualTo("ExecutionFailed");
        assertThatThrownBy(() -> after.engine.sendTaskSuccess(signingTokens.get(0), "{}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskTimedOut"));
    }

    @Test
    void aTaskWhoseHeartbeatsStoppedWithTheOldEngineFailsWithHeartbeatTimeout() {
        Run before = new Run(START);
        String execution = before.start("onboarding", WAIT_FOR_SIGNATURE.replace("\"TimeoutSeconds\": 3600",
                "\"TimeoutSeconds\": 3600, \"HeartbeatSeconds\": 60"), "app-42", "{}");
        before.clock.runReady();
        before.engine.sendTaskHeartbeat(signingTokens.get(0));

        Run after = new Run(START.plus(Duration.ofMinutes(10)));
        after.clock.runUntilIdle();

        assertThat(after.engine.describeExecution(execution).error()).isEqualTo("States.HeartbeatTimeout");
        assertThatThrownBy(() -> after.engine.sendTaskHeartbeat(signingTokens.get(0)))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskTimedOut"));
    }

    @Test
    void aHeartbeatBeforeTheRestartGivesTheTaskAFullIntervalFromTheHeartbeat() {
        Run before = new Run(START);
        String execution = before.start("onboarding", WAIT_FOR_SIGNATURE.replace("\"TimeoutSeconds\": 3600",
                "\"TimeoutSeconds\": 3600, \"HeartbeatSeconds\": 600"), "app-42", "{}");
        before.clock.runReady();
        before.clock.advance(Duration.ofSeconds(500));
        before.engine.sendTaskHeartbeat(signingTokens.get(0));
        Instant heartbeatDeadline = START.plusSeconds(500 + 600);

        Run after = new Run(START.plusSeconds(520));
        after.clock.advance(Duration.between(START.plusSeconds(520), heartbeatDeadline).minusSeconds(1));
        assertThat(after.engine.describeExecution(execution).status()).as("one second before the deadline")
                .isEqualTo(ExecutionStatus.RUNNING);
        after.clock.runUntilIdle();

        ExecutionDescription timedOut = after.engine.describeExecution(execution);
        assertThat(timedOut.error()).isEqualTo("States.HeartbeatTimeout");
        assertThat(timedOut.stopDate()).isEqualTo(heartbeatDeadline);
    }

    @Test
    void eachHeartbeatRewritesOnlyThatExecutionsFile() throws IOException {
        Run run = new Run(START);
        String beating = run.start("onboarding", WAIT_FOR_SIGNATURE.replace("\"TimeoutSeconds\": 3600",
                "\"TimeoutSeconds\": 3600, \"HeartbeatSeconds\": 600"), "app-1", "{}");
        String other = run.start("onboarding", WAIT_FOR_SIGNATURE.replace("\"TimeoutSeconds\": 3600",
                "\"TimeoutSeconds\": 3600, \"HeartbeatSeconds\": 600"), "app-2", "{}");
        run.clock.runReady();
        Path beatingFile = folder.resolve("executions").resolve(StoreFolder.fileName(beating));
        Path otherFile = folder.resolve("executions").resolve(StoreFolder.fileName(other));
        FileTime marked = FileTime.from(Instant.EPOCH);
        Files.setLastModifiedTime(beatingFile, marked);
        Files.setLastModifiedTime(otherFile, marked);

        run.clock.advance(Duration.ofSeconds(60));
        run.engine.sendTaskHeartbeat(signingTokens.get(0));

        assertThat(ExecutionSnapshot.fromJson(Files.readString(beatingFile)).heartbeatDeadline())
                .contains(START.plusSeconds(60 + 600));
        assertThat(Files.getLastModifiedTime(otherFile)).isEqualTo(marked);
    }

    @Test
    void aStateMachineKeepsItsCreationDateAcrossRestarts() {
        Run before = new Run(START);
        String machine = before.durable.createStateMachine("decide", DECIDE, ROLE).stateMachineArn();

        Run after = new Run(START.plus(Duration.ofDays(1)));
        Run later = new Run(START.plus(Duration.ofDays(2)));

        assertThat(after.engine.describeStateMachine(machine).creationDate()).isEqualTo(START);
        assertThat(later.engine.describeStateMachine(machine).creationDate()).isEqualTo(START);
        assertThat(later.engine.listStateMachines()).extracting(StateMachineDescription::creationDate).containsExactly(START);
    }

    @Test
    void aTaskTimeoutStillAheadAtTheRestartFiresAtItsOriginalTime() {
        Run before = new Run(START);
        String execution = before.start("onboarding", WAIT_FOR_SIGNATURE, "app-42", "{}");
        before.clock.runReady();

        Run after = new Run(START.plus(Duration.ofMinutes(10)));
        after.clock.runUntilIdle();

        assertThat(after.engine.describeExecution(execution).error()).isEqualTo("States.Timeout");
        assertThat(after.engine.describeExecution(execution).stopDate()).isEqualTo(START.plusSeconds(3600));
    }

    @Test
    void stateMachinesAndFinishedExecutionsAreListedAndDescribedAfterARestart() {
        Run before = new Run(START);
        String approved = before.start("decide", DECIDE, "app-1", "{\"approved\": true}");
        String rejected = before.start("decide", DECIDE, "app-2", "{\"approved\": false}");
        before.clock.runUntilIdle();
        StateMachineDescription machine = before.engine.listStateMachines().get(0);
        List<HistoryEvent> rejectedHistory = before.engine.getExecutionHistory(rejected);

        Run after = new Run(START.plus(Duration.ofDays(1)));

        assertThat(after.durable.problems()).isEmpty();
        assertThat(after.engine.listStateMachines()).singleElement().satisfies(restored -> {
            assertThat(restored.stateMachineArn()).isEqualTo(machine.stateMachineArn());
            assertThat(restored.definition()).isEqualTo(machine.definition());
            assertThat(restored.roleArn()).isEqualTo(ROLE);
        });
        assertThat(after.engine.listExecutions(machine.stateMachineArn(), null))
                .extracting(ExecutionDescription::executionArn, ExecutionDescription::status)
                .containsExactlyInAnyOrder(tuple(approved, ExecutionStatus.SUCCEEDED),
                        tuple(rejected, ExecutionStatus.FAILED));
        assertThat(after.engine.describeExecution(rejected)).isEqualTo(before.engine.describeExecution(rejected));
        assertThat(after.engine.getExecutionHistory(rejected)).isEqualTo(rejectedHistory);
    }

    @Test
    void aStateMachineCreatedOnTheEngineDirectlyIsSavedWithItsFirstExecution() {
        Run before = new Run(START);
        String machine = before.engine.createStateMachine("decide", DECIDE, ROLE).stateMachineArn();
        before.engine.startExecution(machine, "app-1", "{\"approved\": true}");
        before.clock.runUntilIdle();

        Run after = new Run(START.plusSeconds(60));

        assertThat(after.engine.describeStateMachine(machine).definition()).isEqualTo(DECIDE);
        assertThat(after.engine.listExecutions(machine, ExecutionStatus.SUCCEEDED)).hasSize(1);
    }

    @Test
    void closingSavesMachinesCreatedOnTheEngineDirectlyAndStopsWriting() {
        Run before = new Run(START);
        String machine = before.engine.createStateMachine("decide", DECIDE, ROLE).stateMachineArn();
        before.durable.close();
        String afterClose = before.engine.startExecution(machine, "app-1", "{\"approved\": true}").executionArn();
        before.clock.runUntilIdle();

        Run after = new Run(START.plusSeconds(60));

        assertThat(after.engine.describeStateMachine(machine).definition()).isEqualTo(DECIDE);
        assertThatThrownBy(() -> after.engine.describeExecution(afterClose))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("ExecutionDoesNotExist"));
    }

    @Test
    void anUpdatedOrDeletedStateMachineStaysSoAfterARestart() {
        Run before = new Run(START);
        String updated = before.durable.createStateMachine("grace", GRACE_PERIOD, ROLE).stateMachineArn();
        before.durable.updateStateMachine(updated, DECIDE, null);
        String deleted = before.durable.createStateMachine("decide", DECIDE, ROLE).stateMachineArn();
        before.durable.deleteStateMachine(deleted);

        Run after = new Run(START.plusSeconds(60));

        assertThat(after.engine.listStateMachines()).extracting(StateMachineDescription::stateMachineArn).containsExactly(updated);
        assertThat(after.engine.describeStateMachine(updated).definition()).isEqualTo(DECIDE);
    }

    @Test
    void anExecutionNameStaysUsedAfterARestart() {
        Run before = new Run(START);
        String finished = before.start("decide", DECIDE, "app-1", "{\"approved\": true}");
        String waiting = before.start("onboarding", WAIT_FOR_SIGNATURE, "app-2", "{\"applicationId\": \"2\"}");
        before.clock.runReady();

        Run after = new Run(START.plusSeconds(60));
        String decide = after.engine.describeExecution(finished).stateMachineArn();
        String onboarding = after.engine.describeExecution(waiting).stateMachineArn();

        assertThatThrownBy(() -> after.engine.startExecution(decide, "app-1", "{\"approved\": true}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("ExecutionAlreadyExists"));
        assertThatThrownBy(() -> after.engine.startExecution(onboarding, "app-2", "{\"applicationId\": \"other\"}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("ExecutionAlreadyExists"));
        assertThat(after.engine.startExecution(onboarding, "app-2", "{\"applicationId\": \"2\"}").executionArn())
                .as("AWS's idempotent start of a running execution").isEqualTo(waiting);
    }

    @Test
    void aDamagedFileIsSkippedWithAClearMessageAndTheRestAreRestored() throws IOException {
        Run before = new Run(START);
        String intact = before.start("decide", DECIDE, "app-1", "{\"approved\": true}");
        String damaged = before.start("decide", DECIDE, "app-2", "{\"approved\": true}");
        before.clock.runUntilIdle();
        Path damagedFile = folder.resolve("executions").resolve(StoreFolder.fileName(damaged));
        String content = Files.readString(damagedFile);
        Files.writeString(damagedFile, content.substring(0, content.length() / 2));
        Path damagedMachine = folder.resolve("state-machines").resolve("broken.json");
        Files.writeString(damagedMachine, "{\"name\": \"broken\"}");
        Path leftover = folder.resolve("executions").resolve("." + StoreFolder.fileName(damaged) + ".7.tmp");
        Files.writeString(leftover, "{");

        Run after = new Run(START.plusSeconds(60));

        assertThat(after.durable.problems()).extracting(StoreProblem::file).containsExactlyInAnyOrder(damagedFile, damagedMachine);
        assertThat(after.durable.problems()).allSatisfy(problem -> assertThat(problem.reason()).contains("skipped"));
        assertThat(after.durable.problems()).filteredOn(problem -> problem.file().equals(damagedFile)).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("not a readable execution snapshot"));
        assertThat(after.durable.problems()).filteredOn(problem -> problem.file().equals(damagedMachine)).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("stateMachineArn"));
        assertThat(after.engine.describeExecution(intact).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThatThrownBy(() -> after.engine.describeExecution(damaged)).isInstanceOf(AslApiException.class);
        assertThat(damagedFile).as("left for a person to look at").exists();
        assertThat(leftover).as("an interrupted write's temporary file").doesNotExist();
    }

    @Test
    void aStoreWrittenByAnEngineOfAnotherAccountIsReportedNotRenamed() {
        Run before = new Run(START);
        before.durable.createStateMachine("decide", DECIDE, ROLE);

        DurableEngine other = DurableEngine.open(folder,
                new AslEngine(new VirtualScheduler(START), new LambdaRegistry(), "eu-north-1", "999999999999"));

        assertThat(other.engine().listStateMachines()).isEmpty();
        assertThat(other.problems()).singleElement().satisfies(problem ->
                assertThat(problem.reason()).contains("another region or account"));
    }

    @Test
    void anExecutionsEventsNeverRewriteAnotherExecutionsFile() throws IOException {
        Run run = new Run(START);
        String waiting = run.start("onboarding", WAIT_FOR_SIGNATURE, "app-1", "{}");
        run.clock.runReady();
        Path waitingFile = folder.resolve("executions").resolve(StoreFolder.fileName(waiting));
        FileTime marked = FileTime.from(Instant.EPOCH);
        Files.setLastModifiedTime(waitingFile, marked);

        String other = run.start("decide", DECIDE, "app-2", "{\"approved\": true}");
        run.clock.runReady();

        assertThat(folder.resolve("executions").resolve(StoreFolder.fileName(other))).exists();
        assertThat(Files.getLastModifiedTime(waitingFile)).isEqualTo(marked);
    }

    @Test
    void aLatePauseSnapshotNeverOverwritesTheFinalOne() throws IOException {
        VirtualScheduler clock = new VirtualScheduler(START);
        AslEngine engine = new AslEngine(clock, new LambdaRegistry());
        List<ExecutionSnapshot> pauses = new ArrayList<>();
        engine.addListener(new AslEngine.ExecutionListener() {
            @Override
            public void onEvent(String executionArn, HistoryEvent event) {
            }

            @Override
            public void onPaused(String executionArn, ExecutionSnapshot snapshot) {
                pauses.add(snapshot);
            }
        });
        SnapshotWriter writer = new SnapshotWriter(engine, new StoreFolder(folder));
        engine.addListener(writer);
        String machine = engine.createStateMachine("grace", GRACE_PERIOD, ROLE).stateMachineArn();
        String execution = engine.startExecution(machine, "app-1", "{}").executionArn();
        clock.runUntilIdle();

        writer.onPaused(execution, pauses.get(0));

        String stored = Files.readString(folder.resolve("executions").resolve(StoreFolder.fileName(execution)));
        assertThat(ExecutionSnapshot.fromJson(stored).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void finishedExecutionsEvictedFromMemoryAreStillDescribedListedAndTheirNamesStayUsed() {
        DurableEngine durable = DurableEngine.open(folder, engineKeepingThreeFinished(START));
        AslEngine engine = durable.engine();
        VirtualScheduler clock = (VirtualScheduler) engine.scheduler();
        String grace = durable.createStateMachine("grace", GRACE_PERIOD, ROLE).stateMachineArn();
        List<String> executions = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            executions.add(engine.startExecution(grace, "app-" + i, "{\"applicationId\": " + i + "}").executionArn());
            clock.runUntilIdle();
        }
        List<String> newestFirst = new ArrayList<>(executions);
        Collections.reverse(newestFirst);

        assertThat(engine.executionsInMemory()).isEqualTo(3);
        assertThat(engine.listExecutions(grace, ExecutionStatus.SUCCEEDED)).extracting(ExecutionDescription::executionArn)
                .containsExactlyElementsOf(newestFirst);
        ExecutionDescription oldest = engine.describeExecution(executions.get(0));
        assertThat(oldest.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(oldest.output())).isEqualTo(Json.parse("{\"applicationId\": 1}"));
        assertThat(engine.getExecutionHistory(executions.get(0))).extracting(HistoryEvent::type).containsExactly(
                "ExecutionStarted", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited",
                "ExecutionSucceeded");
        assertThat(engine.snapshot(executions.get(0))).isPresent();
        assertThatThrownBy(() -> engine.startExecution(grace, "app-1", "{\"applicationId\": 1}"))
                .isInstanceOfSatisfying(AslApiException.class, e -> assertThat(e.errorCode()).isEqualTo("ExecutionAlreadyExists"));

        DurableEngine reopened = DurableEngine.open(folder, engineKeepingThreeFinished(START.plus(Duration.ofDays(1))));

        assertThat(reopened.engine().executionsInMemory()).isEqualTo(3);
        assertThat(reopened.engine().listExecutions(grace, null)).extracting(ExecutionDescription::executionArn)
                .containsExactlyElementsOf(newestFirst);
        assertThat(reopened.engine().describeExecution(executions.get(0))).isEqualTo(oldest);
    }

    private static AslEngine engineKeepingThreeFinished(Instant now) {
        return new AslEngine(new VirtualScheduler(now), new LambdaRegistry(), AslEngine.DEFAULT_REGION,
                AslEngine.DEFAULT_ACCOUNT_ID, 3);
    }

    @Test
    void fileNamesAreSafeAndDistinctForAnyArn() {
        String prefix = "arn:aws:states:us-east-1:111111111111:execution:onboarding:";
        String plain = StoreFolder.fileName(prefix + "app-42");
        String upperCase = StoreFolder.fileName(prefix + "APP-42");
        String unusual = StoreFolder.fileName(prefix + "ansökan.ÅÄÖ!@(1)'=+" + "x".repeat(60));

        assertThat(List.of(plain, upperCase, unusual)).allSatisfy(name -> {
            assertThat(name).matches("[A-Za-z0-9._-]+\\.json");
            assertThat(name.length()).isLessThanOrEqualTo(120);
        });
        assertThat(plain).startsWith("onboarding_app-42-");
        assertThat(upperCase.toLowerCase()).isNotEqualTo(plain.toLowerCase());
    }
}
