package se.inera.kundportal.local.asl.intrinsics;

/**
 * An intrinsic function failed. {@link #error()} is the AWS error name (for example
 * {@code States.Runtime}); the message is AWS's text after the engine's
 * "An error occurred while executing the state 'X' (entered at the event id #N). " prefix.
 */
public final class IntrinsicException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String error;

    public IntrinsicException(String error, String message) {
        super(message);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
