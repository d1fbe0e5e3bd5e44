package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** CreateStateMachine refuses workflows that cannot end and JSONPath fields that are not paths, as AWS does. */
class PathAndTerminalStateValidationTest {
    private final EngineTestSupport support = new EngineTestSupport();

    private void assertRejected(String definition, String expectedProblem) {
        assertThatThrownBy(() -> support.engine.createStateMachine("invalid", definition, EngineTestSupport.ROLE))
                .isInstanceOfSatisfying(InvalidDefinitionException.class,
                        e -> assertThat(e.problems()).contains(expectedProblem));
    }

    private void assertAccepted(String definition) {
        assertThatCode(() -> support.engine.createStateMachine("valid-" + System.nanoTime(), definition,
                EngineTestSupport.ROLE)).doesNotThrowAnyException();
    }

    /** One Pass state with {@code fields} added, ending the workflow. */
    private static String passWith(String fields) {
        return "{\"StartAt\": \"Record\", \"States\": {\"Record\": {\"Type\": \"Pass\", " + fields + ", \"End\": true}}}";
    }

    @Test
    void rejectsAWorkflowThatLoopsWithoutATerminalState() {
        assertRejected("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}
                """, "MISSING_END_STATE: Workflow has no terminal state at /States");
    }

    @Test
    void rejectsAParallelBranchAndAMapProcessorWithoutATerminalState() {
        assertRejected("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 1, "Next": "A"}}}]}}}
                """, "MISSING_END_STATE: Workflow has no terminal state at /States/P/Branches/0/States");
        assertRejected("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
                  "StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "A"}}}}}}
                """, "MISSING_END_STATE: Workflow has no terminal state at /States/M/ItemProcessor/States");
    }

    @Test
    void acceptsALoopThatCanLeaveThroughAChoice() {
        assertAccepted("""
                {"StartAt": "Poll", "States": {
                  "Poll": {"Type": "Wait", "Seconds": 60, "Next": "Done?"},
                  "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true, "Next": "Done"}],
                            "Default": "Poll"},
                  "Done": {"Type": "Succeed"}}}
                """);
    }

    @Test
    void rejectsAnInputPathThatIsNotAJsonPath() {
        assertRejected(passWith("\"InputPath\": \"application.id\""),
                "SCHEMA_VALIDATION_FAILED: Value must be a valid JSONPath. at /States/Record/InputPath");
        assertRejected(passWith("\"OutputPath\": \"$.a[\""),
                "SCHEMA_VALIDATION_FAILED: Value must be a valid JSONPath. at /States/Record/OutputPath");
    }

    @Test
    void rejectsAResultPathThatSelectsManyValuesOrWritesOutsideTheInput() {
        assertRejected(passWith("\"ResultPath\": \"$.orders[*].status\""),
                "SCHEMA_VALIDATION_FAILED: Value is not a Reference Path: '$.orders[*].status' selects more than one value"
                        + " at /States/Record/ResultPath");
        assertRejected(passWith("\"ResultPath\": \"$.orders[?(@.open)]\""),
                "SCHEMA_VALIDATION_FAILED: Value is not a Reference Path: '$.orders[?(@.open)]' selects more than one value"
                        + " at /States/Record/ResultPath");
        assertRejected(passWith("\"ResultPath\": \"$$.Execution.Id\""),
                "SCHEMA_VALIDATION_FAILED: Value is not a Reference Path: '$$.Execution.Id' must start with '$.' or be '$'"
                        + " at /States/Record/ResultPath");
    }

    @Test
    void rejectsATemplateFieldThatIsNeitherAPathNorAnIntrinsicFunction() {
        assertRejected(passWith("\"Parameters\": {\"order\": {\"id.$\": \"orderId\"}}"),
                "SCHEMA_VALIDATION_FAILED: The value for the field 'id.$' must be a valid JSONPath or a valid intrinsic"
                        + " function call at /States/Record/Parameters/order/id.$");
    }

    @Test
    void rejectsAChoiceVariableThatIsNotAReferencePath() {
        assertRejected("""
                {"StartAt": "Approved?", "States": {
                  "Approved?": {"Type": "Choice", "Choices": [{"Variable": "approved", "BooleanEquals": true, "Next": "Yes"}],
                                "Default": "Yes"},
                  "Yes": {"Type": "Succeed"}}}
                """, "SCHEMA_VALIDATION_FAILED: Value is not a Reference Path: 'approved' is not a valid JSONPath"
                + " at /States/Approved?/Choices/0/Variable");
    }

    @Test
    void acceptsContextPathsVariablesIntrinsicsFiltersAndNullPaths() {
        assertAccepted("""
                {"StartAt": "Prepare", "States": {
                  "Prepare": {"Type": "Pass", "InputPath": "$$.Execution.Input", "Assign": {"orgId.$": "$.orgId"},
                    "Parameters": {"id.$": "States.UUID()", "org.$": "$orgId", "open.$": "$.orders[?(@.open == true)]",
                                   "name.$": "$.customer-name", "items": [{"first.$": "$.items[0]"}]},
                    "ResultPath": "$.prepared", "OutputPath": "$..prepared", "Next": "Enough?"},
                  "Enough?": {"Type": "Choice", "Choices": [
                      {"Variable": "$orgId", "IsPresent": true, "Next": "Each"},
                      {"Variable": "$.count", "NumericGreaterThanPath": "$$.Execution.Input.limit", "Next": "Each"}],
                    "Default": "Stop"},
                  "Each": {"Type": "Map", "ItemsPath": "$.prepared.items", "ItemSelector": {"value.$": "$$.Map.Item.Value"},
                    "ItemProcessor": {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "SecondsPath": "$.value.delay", "End": true}}},
                    "ResultPath": null, "InputPath": null, "End": true},
                  "Stop": {"Type": "Fail", "ErrorPath": "$.error", "CausePath": "States.Format('no {}', $.what)"}}}
                """);
    }
}
