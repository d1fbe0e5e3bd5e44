package se.inera.kundportal.functions.onboarding;

/**
 * Create Customer cannot complete: the organisation was registered as a customer another way
 * meanwhile, or the application is not approved. Not retried; the operator sees it in the failure
 * list.
 * Its fully qualified class name is the error name the onboarding state machine matches.
 */
public final class CustomerCreationFailed extends RuntimeException {
    public CustomerCreationFailed(String message) {
        super(message);
    }

    public CustomerCreationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
