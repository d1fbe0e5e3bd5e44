package se.inera.kundportal.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/** The callback pattern end to end through the real SfnClient: start, token, answer, history. */
class StepFunctionsApiSdkTest {
    /**
     * The history AWS records for a state machine whose only state is a {@code .waitForTaskToken}
     * task answered with SendTaskSuccess. Reference: LocalStack's snapshot recorded against AWS,
     * {@code tests/aws/services/stepfunctions/v2/callback/test_callback.snapshot.json},
     * {@code TestCallback::test_sqs_wait_for_task_token} (events 1-8; the integration there is
     * SQS, the callback events are the same for every {@code .waitForTaskToken} resource), and the
     * HistoryEvent page of the Step Functions API reference for the event types.
     */
    private static final List<HistoryEventType> AWS_CALLBACK_HISTORY = List.of(
            HistoryEventType.EXECUTION_STARTED, HistoryEventType.TASK_STATE_ENTERED, HistoryEventType.TASK_SCHEDULED,
            HistoryEventType.TASK_STARTED, HistoryEventType.TASK_SUBMITTED, HistoryEventType.TASK_SUCCEEDED,
            HistoryEventType.TASK_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED);

    private final LocalStepFunctions local = new LocalStepFunctions();
    private final SfnClient sfn = local.sfn;

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void callbackTaskWaitsForSendTaskSuccessAndRecordsTheHistoryAwsRecords() {
        String machine = createMachine("order-attestation", local.waitForAttestation("", "\"End\": true", ""));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).name("order-42")
                .input("{\"orderId\": 42}")).executionArn();
        local.clock.runReady();

        assertThat(execution).isEqualTo("arn:aws:states:eu-north-1:123456789012:execution:order-attestation:order-42");
        assertThat(describe(execution).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(local.attestationRequests).singleElement()
                .satisfies(request -> assertThat(request.orderId()).isEqualTo(42));

        sfn.sendTaskSuccess(b -> b.taskToken(local.lastTaskToken()).output("{\"approved\": true, \"by\": \"anna\"}"));
        local.clock.runReady();

        DescribeExecutionResponse done = describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.stopDate()).isNotNull();
        assertThat(Json.parse(done.output()))
                .isEqualTo(Json.parse("{\"orderId\": 42, \"attestation\": {\"approved\": true, \"by\": \"anna\"}}"));
        List<HistoryEvent> history = sfn.getExecutionHistory(b -> b.executionArn(execution)).events();
        assertThat(history).extracting(HistoryEvent::type).containsExactlyElementsOf(AWS_CALLBACK_HISTORY);
        assertThat(history).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(history.get(0).executionStartedEventDetails().roleArn()).isEqualTo(LocalStepFunctions.ROLE_ARN);
        assertThat(history.get(1).stateEnteredEventDetails().name()).isEqualTo("Wait For Attestation");
        assertThat(history.get(2).taskScheduledEventDetails().resourceType()).isEqualTo("lambda");
        assertThat(history.get(2).taskScheduledEventDetails().resource()).isEqualTo("invoke.waitForTaskToken");
        assertThat(Json.parse(history.get(5).taskSucceededEventDetails().output()))
                .isEqualTo(Json.parse("{\"approved\": true, \"by\": \"anna\"}"));
        assertThat(history.get(7).timestamp()).isEqualTo(done.stopDate());
    }

    @Test
    void sendTaskFailureIsCaughtByTheStateThatCatchesItsError() {
        String machine = createMachine("order-attestation", local.waitForAttestation(
                "\"Catch\": [{\"ErrorEquals\": [\"Attestation.Rejected\"], \"ResultPath\": \"$.rejection\","
                        + " \"Next\": \"Order Rejected\"}]",
                "\"End\": true",
                "\"Order Rejected\": {\"Type\": \"Pass\", \"End\": true}"));
        String execution = start(machine, "order-7", "{\"orderId\": 7}");

        sfn.sendTaskFailure(b -> b.taskToken(local.lastTaskToken()).error("Attestation.Rejected").cause("no budget"));
        local.clock.runReady();

        DescribeExecutionResponse done = describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output()).path("rejection"))
                .isEqualTo(Json.parse("{\"Error\": \"Attestation.Rejected\", \"Cause\": \"no budget\"}"));
        List<HistoryEvent> history = sfn.getExecutionHistory(b -> b.executionArn(execution)).events();
        assertThat(history).extracting(HistoryEvent::type).containsSubsequence(HistoryEventType.TASK_FAILED,
                HistoryEventType.TASK_STATE_EXITED, HistoryEventType.PASS_STATE_ENTERED,
                HistoryEventType.EXECUTION_SUCCEEDED);
        HistoryEvent failed = history.stream().filter(event -> event.type() == HistoryEventType.TASK_FAILED)
                .findFirst().orElseThrow();
        assertThat(failed.taskFailedEventDetails().error()).isEqualTo("Attestation.Rejected");
        assertThat(failed.taskFailedEventDetails().cause()).isEqualTo("no budget");
    }

    @Test
    void tokensNeverIssuedAreInvalidAndTokensAlreadyAnsweredNoLongerExist() {
        String machine = createMachine("order-attestation", local.waitForAttestation("", "\"End\": true", ""));
        start(machine, "order-1", "{\"orderId\": 1}");
        String token = local.lastTaskToken();

        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken("not-a-token-this-engine-issued").output("{}")))
                .isInstanceOf(InvalidTokenException.class);
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}"));
        local.clock.runReady();

        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
                .isInstanceOf(TaskDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.sendTaskHeartbeat(b -> b.taskToken(token)))
                .isInstanceOf(TaskDoesNotExistException.class);
    }

    @Test
    void heartbeatsKeepTheTaskAliveAndAMissedOneMakesLaterAnswersTimedOut() {
        String machine = createMachine("order-attestation",
                local.waitForAttestation("\"HeartbeatSeconds\": 60", "\"End\": true", ""));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"orderId\": 3}")).executionArn();
        local.clock.runReady();
        String token = local.lastTaskToken();

        local.clock.advance(Duration.ofSeconds(59));
        sfn.sendTaskHeartbeat(b -> b.taskToken(token));
        local.clock.advance(Duration.ofSeconds(59));
        assertThat(describe(execution).status()).as("a heartbeat restarts the countdown").isEqualTo(ExecutionStatus.RUNNING);

        local.clock.advance(Duration.ofSeconds(2));

        DescribeExecutionResponse done = describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("States.HeartbeatTimeout");
        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class);
        assertThatThrownBy(() -> sfn.sendTaskFailure(b -> b.taskToken(token).error("Late")))
                .isInstanceOf(TaskTimedOutException.class);
    }

    @Test
    void historyPagesForwardAndBackwardAndCanLeaveOutExecutionData() {
        String machine = createMachine("order-attestation", local.waitForAttestation("", "\"End\": true", ""));
        String execution = start(machine, "order-5", "{\"orderId\": 5}");
        sfn.sendTaskSuccess(b -> b.taskToken(local.lastTaskToken()).output("{\"approved\": true}"));
        local.clock.runReady();

        List<Long> forward = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String nextToken = null;
        do {
            String token = nextToken;
            GetExecutionHistoryResponse page =
                    sfn.getExecutionHistory(b -> b.executionArn(execution).maxResults(3).nextToken(token));
            page.events().forEach(event -> forward.add(event.id()));
            pageSizes.add(page.events().size());
            nextToken = page.nextToken();
        } while (nextToken != null);
        assertThat(pageSizes).containsExactly(3, 3, 2);
        assertThat(forward).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);

        List<Long> backward = sfn.getExecutionHistoryPaginator(b -> b.executionArn(execution).maxResults(5)
                .reverseOrder(true)).events().stream().map(HistoryEvent::id).toList();
        assertThat(backward).containsExactly(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);

        HistoryEvent startedWithoutData = sfn.getExecutionHistory(b -> b.executionArn(execution)
                .includeExecutionData(false)).events().get(0);
        assertThat(startedWithoutData.executionStartedEventDetails().input()).isNull();
        assertThat(startedWithoutData.executionStartedEventDetails().roleArn()).isEqualTo(LocalStepFunctions.ROLE_ARN);
        HistoryEvent startedWithData = sfn.getExecutionHistory(b -> b.executionArn(execution)).events().get(0);
        assertThat(Json.parse(startedWithData.executionStartedEventDetails().input()))
                .isEqualTo(Json.parse("{\"orderId\": 5}"));

        String forwardToken = sfn.getExecutionHistory(b -> b.executionArn(execution).maxResults(3)).nextToken();
        assertThatThrownBy(() -> sfn.getExecutionHistory(b -> b.executionArn(execution).maxResults(3)
                .reverseOrder(true).nextToken(forwardToken)))
                .as("a token only continues the listing it came from").isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> sfn.getExecutionHistory(b -> b.executionArn(execution).nextToken("garbage!")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void startingTheSameNameAgainReturnsTheRunningExecutionOnlyForTheSameInput() {
        String machine = createMachine("order-attestation", local.waitForAttestation("", "\"End\": true", ""));
        String first = start(machine, "order-9", "{\"orderId\": 9}");

        String again = sfn.startExecution(b -> b.stateMachineArn(machine).name("order-9").input("{\"orderId\": 9}"))
                .executionArn();
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).name("order-9")
                .input("{\"orderId\": 10}"))).isInstanceOf(ExecutionAlreadyExistsException.class);

        String generated = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"orderId\": 11}")).executionArn();
        assertThat(generated).startsWith("arn:aws:states:eu-north-1:123456789012:execution:order-attestation:")
                .isNotEqualTo(first);
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).hasSize(2);
    }

    @Test
    void stopExecutionAbortsItRecordsExecutionAbortedAndRetiresItsToken() {
        String machine = createMachine("order-attestation", local.waitForAttestation("", "\"End\": true", ""));
        String execution = start(machine, "order-13", "{\"orderId\": 13}");

        sfn.stopExecution(b -> b.executionArn(execution).error("Order.Cancelled").cause("the orderer withdrew"));
        local.clock.runReady();

        DescribeExecutionResponse stopped = describe(execution);
        assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(stopped.stopDate()).isNotNull();
        List<HistoryEvent> history = sfn.getExecutionHistory(b -> b.executionArn(execution).reverseOrder(true))
                .events();
        HistoryEvent last = history.get(0);
        assertThat(last.type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
        assertThat(last.executionAbortedEventDetails().error()).isEqualTo("Order.Cancelled");
        assertThat(last.executionAbortedEventDetails().cause()).isEqualTo("the orderer withdrew");
        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(local.lastTaskToken()).output("{}")))
                .isInstanceOf(TaskDoesNotExistException.class);
    }

    @Test
    void listExecutionsFiltersByStatusAndPagesNewestFirst() {
        String machine = createMachine("order-attestation", local.waitForAttestation("", "\"End\": true", ""));
        List<String> started = new ArrayList<>();
        for (int order = 1; order <= 5; order++) {
            started.add(start(machine, "order-" + order, "{\"orderId\": " + order + "}"));
            local.clock.advance(Duration.ofSeconds(1));
        }
        sfn.sendTaskSuccess(b -> b.taskToken(local.attestationRequests.get(0).taskToken()).output("{}"));
        local.clock.runReady();

        List<String> listed = sfn.listExecutionsPaginator(b -> b.stateMachineArn(machine).maxResults(2))
                .executions().stream().map(execution -> execution.executionArn()).toList();
        List<String> newestFirst = new ArrayList<>(started);
        Collections.reverse(newestFirst);
        assertThat(listed).containsExactlyElementsOf(newestFirst);
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.SUCCEEDED))
                .executions()).singleElement().satisfies(execution -> {
                    assertThat(execution.executionArn()).isEqualTo(started.get(0));
                    assertThat(execution.stopDate()).isNotNull();
                });
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING))
                .executions()).hasSize(4);
    }

    private String createMachine(String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(LocalStepFunctions.ROLE_ARN))
                .stateMachineArn();
    }

    /** Starts an execution and lets it run until it waits (for its task token). */
    private String start(String machine, String name, String input) {
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).name(name).input(input)).executionArn();
        local.clock.runReady();
        return execution;
    }

    private DescribeExecutionResponse describe(String executionArn) {
        return sfn.describeExecution(b -> b.executionArn(executionArn));
    }
}
