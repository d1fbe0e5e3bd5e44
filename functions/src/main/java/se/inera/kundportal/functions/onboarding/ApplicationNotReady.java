package se.inera.kundportal.functions.onboarding;

/**
 * The application the workflow was started for is missing, or its status does not allow this step
 * (e.g. an onboarding restarted for an application already decided otherwise). Not retried.
 * Its fully qualified class name is the error name the onboarding state machine matches.
 */
public final class ApplicationNotReady extends RuntimeException {
    public ApplicationNotReady(String message) {
        super(message);
    }

    public ApplicationNotReady(String message, Throwable cause) {
        super(message, cause);
    }
}
