package se.inera.kundportal.functions.onboarding;

import se.inera.kundportal.core.common.Ids;

/** The input of the steps after "Create Customer": the application and the agreement it created. */
public record AgreementStep(String applicationId, String agreementId) {
    public AgreementStep {
        Ids.requireSafe(applicationId, "applicationId");
        Ids.requireSafe(agreementId, "agreementId");
    }
}
