package se.inera.kundportal.local.sms;

/**
 * An SNS error in the AWS Query protocol: HTTP status, {@code Sender}/{@code Receiver} type and SNS's error code,
 * which the SDK maps to its exception class (e.g. {@code InvalidParameter} → {@code InvalidParameterException}).
 */
final class SnsQueryException extends RuntimeException {
    private final int httpStatus;
    private final String code;

    SnsQueryException(int httpStatus, String code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    static SnsQueryException invalidParameter(String message) {
        return new SnsQueryException(400, "InvalidParameter", message);
    }

    int httpStatus() {
        return httpStatus;
    }

    String code() {
        return code;
    }

    /** 4xx are the caller's fault ({@code Sender}), 5xx the service's. */
    String type() {
        return httpStatus >= 500 ? "Receiver" : "Sender";
    }
}
