package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineApiTest {
    private static final String WAIT = """
            {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 60, "End": true}}}
            """;

    private final EngineTestSupport support = new EngineTestSupport();
    private final AslEngine engine = support.engine;

    private static void assertErrorCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AslApiException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    @Test
    void executionNamesAreUniquePerMachineExceptForARepeatedStartOfARunningExecution() {
        String machine = engine.createStateMachine("order", WAIT, EngineTestSupport.ROLE).stateMachineArn();
        ExecutionDescription first = engine.startExecution(machine, "order-42.v1", "{\"id\": 42}");

        assertThat(engine.startExecution(machine, "order-42.v1", "{\"id\": 42}").executionArn()).isEqualTo(first.executionArn());
        assertErrorCode(() -> engine.startExecution(machine, "order-42.v1", "{\"id\": 43}"), "ExecutionAlreadyExists");
        support.clock.runUntilIdle();
        assertErrorCode(() -> engine.startExecution(machine, "order-42.v1", "{\"id\": 42}"), "ExecutionAlreadyExists");
    }

    @Test
    void refusesNamesAwsRefusesAndUnknownResources() {
        String machine = engine.createStateMachine("order", WAIT, EngineTestSupport.ROLE).stateMachineArn();

        assertErrorCode(() -> engine.startExecution(machine, "with space", null), "InvalidName");
        assertErrorCode(() -> engine.startExecution(machine, "a/b", null), "InvalidName");
        assertErrorCode(() -> engine.startExecution(machine, "x".repeat(81), null), "InvalidName");
        assertErrorCode(() -> engine.startExecution(machine, "ok", "{not json"), "InvalidExecutionInput");
        assertErrorCode(() -> engine.startExecution(machine + "-gone", "ok", null), "StateMachineDoesNotExist");
        assertErrorCode(() -> engine.describeExecution(machine.replace("stateMachine", "execution") + ":nope"),
                "ExecutionDoesNotExist");
        assertErrorCode(() -> engine.createStateMachine("order", WAIT.replace("60", "61"), EngineTestSupport.ROLE),
                "StateMachineAlreadyExists");
    }

    @Test
    void updateRefusesADefinitionThatIsNotJsonAsCreateDoesAndKeepsTheOldOne() {
        String machine = engine.createStateMachine("order", WAIT, EngineTestSupport.ROLE).stateMachineArn();

        assertThatThrownBy(() -> engine.updateStateMachine(machine, "{\"StartAt\":", null))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("InvalidDefinition");
                    assertThat(e.problems()).singleElement().asString().startsWith("INVALID_JSON_DESCRIPTION");
                });
        assertThat(engine.describeStateMachine(machine).definition()).isEqualTo(WAIT);
    }

    @Test
    void listsExecutionsNewestFirstAndFiltersByStatus() {
        String machine = engine.createStateMachine("order", WAIT, EngineTestSupport.ROLE).stateMachineArn();
        engine.startExecution(machine, "early", null);
        support.clock.runUntilIdle();
        engine.startExecution(machine, "late", null);
        support.clock.runReady();

        assertThat(engine.listExecutions(machine, null)).extracting(ExecutionDescription::name).containsExactly("late", "early");
        assertThat(engine.listExecutions(machine, ExecutionStatus.RUNNING)).extracting(ExecutionDescription::name)
                .containsExactly("late");
        assertThat(engine.listExecutions(machine, ExecutionStatus.SUCCEEDED)).extracting(ExecutionDescription::name)
                .containsExactly("early");
    }
}
