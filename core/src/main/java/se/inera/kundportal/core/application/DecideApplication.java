package se.inera.kundportal.core.application;

import java.util.Objects;

import se.inera.kundportal.core.common.Actor;

/**
 * Use case: Inera customer service approves or rejects an application (step 2). Approval
 * registers the organisation, creates the agreement for signing and triggers the three e-mails;
 * rejection tells the applicant the reason.
 */
public interface DecideApplication {

    CustomerApplication approve(ApproveCommand command);

    CustomerApplication reject(RejectCommand command);

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
}
