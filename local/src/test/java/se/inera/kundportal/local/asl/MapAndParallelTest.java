package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;

class MapAndParallelTest {
    private static final String CHECK_CARE_UNITS = """
            {"StartAt": "Check Care Units", "States": {"Check Care Units": {"Type": "Map", "ItemsPath": "$.units",
              "MaxConcurrency": 2, "ToleratedFailureCount": 1,
              "ItemSelector": {"unit.$": "$$.Map.Item.Value", "position.$": "$$.Map.Item.Index"},
              "ItemProcessor": {"StartAt": "Known?", "States": {
                "Known?": {"Type": "Choice", "Choices": [{"Variable": "$.unit", "StringMatches": "SE*", "Next": "Known"}],
                           "Default": "Unknown"},
                "Known": {"Type": "Pass", "End": true},
                "Unknown": {"Type": "Fail", "Error": "UnknownCareUnit", "Cause": "not an HSA id"}}},
              "End": true}}}
            """;

    private final EngineTestSupport support = new EngineTestSupport();

    @Test
    void toleratesFailedIterationsUpToTheCountAndKeepsTheirErrorOutputInPlace() {
        String execution = support.run(CHECK_CARE_UNITS, "{\"units\": [\"SE1\", \"X\", \"SE3\"]}");

        ExecutionDescription done = support.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output())).isEqualTo(Json.parse("""
                [{"unit": "SE1", "position": 0}, {"Error": "UnknownCareUnit", "Cause": "not an HSA id"},
                 {"unit": "SE3", "position": 2}]
                """));
    }

    @Test
    void failsWithExceedToleratedFailureThresholdBeyondTheCount() {
        String execution = support.run(CHECK_CARE_UNITS, "{\"units\": [\"X\", \"SE2\", \"Y\"]}");

        ExecutionDescription done = support.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void branchesSeeOuterVariablesButTheirAssignmentsStayInside() {
        String execution = support.run("""
                {"StartAt": "Set", "States": {
                  "Set": {"Type": "Pass", "Assign": {"fee": 1200}, "Next": "Both"},
                  "Both": {"Type": "Parallel", "Next": "After", "Branches": [
                    {"StartAt": "Raise", "States": {"Raise": {"Type": "Pass", "Assign": {"fee": 9999},
                      "Parameters": {"seen.$": "$fee"}, "End": true}}},
                    {"StartAt": "Read", "States": {"Read": {"Type": "Pass", "Parameters": {"seen.$": "$fee"}, "End": true}}}]},
                  "After": {"Type": "Pass", "Parameters": {"branches.$": "$", "fee.$": "$fee"}, "End": true}}}
                """, "{}");

        assertThat(Json.parse(support.describe(execution).output())).isEqualTo(Json.parse("""
                {"branches": [{"seen": 1200}, {"seen": 1200}], "fee": 1200}
                """));
    }
}
