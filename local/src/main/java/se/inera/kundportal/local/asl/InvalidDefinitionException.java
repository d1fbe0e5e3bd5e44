package se.inera.kundportal.local.asl;

import java.util.List;

/**
 * A definition that CreateStateMachine would refuse. The message lists every problem the way AWS
 * does: {@code Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ... at /States/X/Next'}.
 */
public final class InvalidDefinitionException extends AslApiException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidDefinitionException(List<String> problems) {
        super("InvalidDefinition", "Invalid State Machine Definition: '" + String.join(", ", problems) + "'");
        this.problems = List.copyOf(problems);
    }

    /** Each problem names its kind, what is wrong and where, e.g. {@code MISSING_TRANSITION_TARGET: ... at /States/A/Next}. */
    public List<String> problems() {
        return problems;
    }
}
