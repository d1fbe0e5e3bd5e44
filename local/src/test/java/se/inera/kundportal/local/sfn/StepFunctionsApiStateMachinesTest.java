package se.inera.kundportal.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** State machine operations and the typed errors an SfnClient gets for refused calls. */
class StepFunctionsApiStateMachinesTest {
    private static final String PASS_THROUGH = """
            {"StartAt": "Record Order", "States": {"Record Order": {"Type": "Pass", "End": true}}}
            """;

    private final LocalStepFunctions local = new LocalStepFunctions();
    private final SfnClient sfn = local.sfn;
    private final String role = LocalStepFunctions.ROLE_ARN;

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void createsDescribesAndDeletesAStateMachineWithAwsShapedArn() {
        CreateStateMachineResponse created = sfn.createStateMachine(b -> b.name("onboarding").definition(PASS_THROUGH)
                .roleArn(role));

        assertThat(created.stateMachineArn()).isEqualTo("arn:aws:states:eu-north-1:123456789012:stateMachine:onboarding");
        assertThat(created.creationDate()).isEqualTo(local.clock.now());
        DescribeStateMachineResponse described = sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));
        assertThat(described.name()).isEqualTo("onboarding");
        assertThat(described.definition()).isEqualTo(PASS_THROUGH);
        assertThat(described.roleArn()).isEqualTo(role);
        assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
        assertThat(described.status()).isEqualTo(StateMachineStatus.ACTIVE);

        sfn.deleteStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));

        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn())))
                .isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void recreatingWithTheSameDefinitionIsIdempotentButADifferentOneIsRefused() {
        String first = sfn.createStateMachine(b -> b.name("order").definition(PASS_THROUGH).roleArn(role))
                .stateMachineArn();

        String again = sfn.createStateMachine(b -> b.name("order").definition(PASS_THROUGH).roleArn(role))
                .stateMachineArn();
        assertThat(again).isEqualTo(first);
        String otherDefinition = PASS_THROUGH.replace("Record Order", "Store Order");
        assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("order").definition(otherDefinition).roleArn(role)))
                .isInstanceOf(StateMachineAlreadyExistsException.class);
    }

    @Test
    void updateReplacesTheDefinitionButRefusesOneThatIsNotJson() {
        String machine = sfn.createStateMachine(b -> b.name("order").definition(PASS_THROUGH).roleArn(role))
                .stateMachineArn();
        String storeOrder = PASS_THROUGH.replace("Record Order", "Store Order");

        sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(storeOrder));

        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(machine)).definition()).isEqualTo(storeOrder);
        assertThatThrownBy(() -> sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition("{\"StartAt\":")))
                .isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(() -> sfn.updateStateMachine(b -> b.stateMachineArn(machine)))
                .isInstanceOf(MissingRequiredParameterException.class);
    }

    @Test
    void invalidDefinitionIsRefusedNamingTheStateAndTheField() {
        String brokenNext = """
                {"StartAt": "Record Order", "States": {
                  "Record Order": {"Type": "Pass", "Next": "Notify Attestants"}}}
                """;

        assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("order").definition(brokenNext).roleArn(role)))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .contains("MISSING_TRANSITION_TARGET").contains("/States/Record Order/Next")
                        .contains("Notify Attestants"));
        assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("order").definition("{not json").roleArn(role)))
                .isInstanceOf(InvalidDefinitionException.class);
    }

    @Test
    void listsStateMachinesInCreationOrderPageByPage() {
        List<String> created = new ArrayList<>();
        for (String name : List.of("onboarding", "order", "attestation-reminder")) {
            created.add(sfn.createStateMachine(b -> b.name(name).definition(PASS_THROUGH).roleArn(role))
                    .stateMachineArn());
            local.clock.advance(java.time.Duration.ofMillis(5));
        }

        List<String> listed = sfn.listStateMachinesPaginator(b -> b.maxResults(2)).stateMachines().stream()
                .map(StateMachineListItem::stateMachineArn).toList();

        assertThat(listed).containsExactlyElementsOf(created);
        assertThat(sfn.listStateMachines(b -> b.maxResults(2)).nextToken()).isNotNull();
    }

    @Test
    void refusedCallsRaiseTheSdksTypedExceptions() {
        String machine = sfn.createStateMachine(b -> b.name("order").definition(PASS_THROUGH).roleArn(role))
                .stateMachineArn();

        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(
                "arn:aws:states:eu-north-1:123456789012:execution:order:never-started")))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(
                "arn:aws:states:eu-north-1:123456789012:stateMachine:missing")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn("order-42")))
                .isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(machine)))
                .as("a state machine ARN where an execution ARN belongs").isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("order form").definition(PASS_THROUGH).roleArn(role)))
                .isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"orderId\":")))
                .isInstanceOf(InvalidExecutionInputException.class);
        assertThatThrownBy(() -> sfn.listExecutions(b -> b.stateMachineArn(machine).maxResults(5000)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .contains("maxResults"));
        assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("express").definition(PASS_THROUGH).roleArn(role)
                .type(StateMachineType.EXPRESS))).isInstanceOf(ValidationException.class);
    }
}
