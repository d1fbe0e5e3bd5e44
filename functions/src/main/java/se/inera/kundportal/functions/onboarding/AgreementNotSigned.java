package se.inera.kundportal.functions.onboarding;

/**
 * Activate Agreement found the agreement unsigned: the workflow was resumed without a signature.
 * Not retried.
 * Its fully qualified class name is the error name the onboarding state machine matches.
 */
public final class AgreementNotSigned extends RuntimeException {
    public AgreementNotSigned(String message) {
        super(message);
    }

    public AgreementNotSigned(String message, Throwable cause) {
        super(message, cause);
    }
}
