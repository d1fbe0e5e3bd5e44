package se.inera.kundportal.core.workflow;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;

/**
 * Port: continues a workflow paused on a human step. Call it AFTER the conditional write that
 * records the step (application {@code SUBMITTED → APPROVED/REJECTED}, agreement
 * {@code PENDING_SIGNATURE → SIGNED}); the write is what makes a double click act once, this
 * only wakes the workflow. Never throws because nothing was waiting or the wait had already
 * ended: those return {@link ResumeOutcome#NOTHING_WAITING}.
 */
public interface WorkflowResumer {

    /** Inera decided on the application; the onboarding workflow continues with the decision. */
    ResumeOutcome decisionMade(ApplicationId application, ApplicationDecision decision);

    /** The signatory signed the agreement; the onboarding workflow activates the customer. */
    ResumeOutcome agreementSigned(AgreementId agreement);
}
