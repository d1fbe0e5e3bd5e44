package se.inera.kundportal.local.sfn;

import se.inera.kundportal.local.asl.AslApiException;

/**
 * A refused Step Functions API call as it goes over the wire: {@code __type} (the error code the
 * AWS SDK turns into its typed exception, e.g. {@code InvalidToken} → {@code InvalidTokenException}),
 * the human message and the HTTP status.
 */
final class SfnApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int BAD_REQUEST = 400;

    private final String type;
    private final int httpStatus;

    SfnApiException(String type, int httpStatus, String message) {
        super(message, null, false, false);
        this.type = type;
        this.httpStatus = httpStatus;
    }

    SfnApiException(String type, String message) {
        this(type, BAD_REQUEST, message);
    }

    /** An engine refusal: Step Functions answers every modelled error with 400. */
    static SfnApiException from(AslApiException refused) {
        return new SfnApiException(refused.errorCode(), refused.getMessage());
    }

    /** The body could not be read as the operation's input (not JSON, or a member of the wrong JSON type). */
    static SfnApiException serialization(String message) {
        return new SfnApiException("SerializationException", message);
    }

    /** A member breaks its modelled constraint, worded like AWS's request validation. */
    static SfnApiException validation(String member, Object value, String constraint) {
        String shown = value == null ? "null" : "'" + value + "'";
        return new SfnApiException("ValidationException",
                "1 validation error detected: Value " + shown + " at '" + member + "' failed to satisfy constraint: "
                        + constraint);
    }

    static SfnApiException invalidArn(String arn, String problem) {
        return new SfnApiException("InvalidArn", "Invalid Arn: '" + problem + ": " + arn + "'");
    }

    String type() {
        return type;
    }

    int httpStatus() {
        return httpStatus;
    }
}
