package se.inera.kundportal.core.workflow;

import se.inera.kundportal.core.agreement.AgreementId;

/** What "Wait For Signature" continues with (its task output, at {@code $.signature}). */
public record SignatureResult(String agreementId, boolean signed) {

    public static SignatureResult signed(AgreementId agreement) {
        return new SignatureResult(agreement.value(), true);
    }
}
