package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DefinitionValidationTest {
    private final EngineTestSupport support = new EngineTestSupport();

    private void assertRejected(String definition, String expectedProblem) {
        assertThatThrownBy(() -> support.engine.createStateMachine("invalid", definition, EngineTestSupport.ROLE))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.problems()).anySatisfy(problem -> org.assertj.core.api.Assertions
                                .assertThat(problem).contains(expectedProblem)))
                .hasMessageStartingWith("Invalid State Machine Definition: ");
    }

    @Test
    void rejectsAMissingStartAt() {
        assertRejected("{\"States\": {\"A\": {\"Type\": \"Succeed\"}}}", "'StartAt' is required");
    }

    @Test
    void rejectsATransitionToAStateThatDoesNotExist() {
        assertRejected("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}
                """, "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at /States/A/Next");
    }

    @Test
    void rejectsAStateWithNeitherNextNorEnd() {
        assertRejected("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass"}}}
                """, "Exactly one of 'Next' or 'End' (true) is required at /States/A");
    }

    @Test
    void rejectsStatesAllThatIsNotAloneAndLast() {
        assertRejected("""
                {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                  "Catch": [{"ErrorEquals": ["States.ALL", "Custom"], "Next": "B"}]}, "B": {"Type": "Succeed"}}}
                """, "States.ALL must appear alone and in the last rule at /States/A/Catch/0/ErrorEquals");
    }

    @Test
    void rejectsWrongTypesAndUnreachableStatesInsideBranches() {
        assertRejected("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": "soon", "End": true},
                                              "Orphan": {"Type": "Succeed"}}}]}}}
                """, "at /States/P/Branches/0/States/W/Seconds");
        assertRejected("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1, "End": true},
                                              "Orphan": {"Type": "Succeed"}}}]}}}
                """, "State \"Orphan\" is not reachable at /States/P/Branches/0/States/Orphan");
    }
}
