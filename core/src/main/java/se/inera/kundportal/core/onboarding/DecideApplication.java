package se.inera.kundportal.core.onboarding;

import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.workflow.ResumeOutcome;

/**
 * Use case: Inera customer service approves or rejects an application (step 2). The decision is stored
 * with a conditional write ({@code SUBMITTED → APPROVED | REJECTED}, so a second decision is a conflict),
 * then the onboarding workflow waiting for it is woken. Approval goes on to register the organisation,
 * create the agreement and send the three e-mails; rejection tells the applicant the reason.
 */
public interface DecideApplication {

    Decided approve(ApproveCommand command);

    Decided reject(RejectCommand command);

    record ApproveCommand(ApplicationId application, Actor operator) {
        public ApproveCommand {
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(operator, "operator");
        }
    }

    /** @param reason shown to the applicant; required */
    record RejectCommand(ApplicationId application, Actor operator, String reason) {
        public RejectCommand {
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(operator, "operator");
        }
    }

    /**
     * The stored decision and what waking the workflow gave. {@code workflow} is empty when it could not be
     * woken: not the operator's error, since the decision is stored and the wait picks it up by itself.
     */
    record Decided(CustomerApplication application, Optional<ResumeOutcome> workflow) {
        public Decided {
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(workflow, "workflow");
        }
    }
}
