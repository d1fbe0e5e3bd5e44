package se.inera.kundportal.core.workflow;

import java.util.Optional;

import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.CustomerApplication;

/**
 * What "Wait For Inera Decision" continues with (its task output, at {@code $.decision}); the
 * state "Approved?" reads {@code approved}. Carries no personal data: the reason is read from the
 * application by the step that mails it, so the execution history holds only the verdict.
 */
public record DecisionResult(boolean approved) {

    public static DecisionResult of(ApplicationDecision decision) {
        return new DecisionResult(decision.approved());
    }

    /** The decision stored on an application, if it has one. */
    public static Optional<DecisionResult> of(CustomerApplication application) {
        return application.decision().map(DecisionResult::of);
    }
}
