package se.inera.kundportal.functions.onboarding;

/**
 * The state machine handed the task input it cannot read: a defect in the state machine
 * definition. Not retried.
 * Its fully qualified class name is the error name the onboarding state machine matches.
 */
public final class InvalidTaskInput extends RuntimeException {
    public InvalidTaskInput(String message) {
        super(message);
    }

    public InvalidTaskInput(String message, Throwable cause) {
        super(message, cause);
    }
}
