package se.inera.kundportal.functions.workflow;

/** What "Wait For Signature" continues with (its task output, at {@code $.signature}). */
public record SignatureResult(String agreementId, boolean signed) {
}
