package se.inera.kundportal.local.asl.lambda;

/**
 * A function raised an error. {@link #errorType()} becomes the task's error name and
 * {@link #errorPayload()} (the runtime's JSON error document) its cause, as in AWS.
 */
public final class LambdaFunctionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String errorType;
    private final String errorPayload;

    public LambdaFunctionException(String errorType, String errorPayload) {
        super(errorType + ": " + errorPayload);
        this.errorType = errorType;
        this.errorPayload = errorPayload;
    }

    public String errorType() {
        return errorType;
    }

    public String errorPayload() {
        return errorPayload;
    }
}
