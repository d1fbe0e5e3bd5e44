package se.inera.kundportal.local.bankid;

/**
 * An error answer of the RP API: HTTP status plus {@code {"errorCode": ..., "details": ...}}, as BankID sends it.
 * The error codes are BankID's own (camelCase) so that the project's client sees exactly what production sends.
 */
public final class BankIdApiException extends RuntimeException {
    private final int httpStatus;
    private final String errorCode;

    private BankIdApiException(int httpStatus, String errorCode, String details) {
        super(details);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** 400: a malformed request, or an orderRef that is unknown, already collected or already cancelled. */
    public static BankIdApiException invalidParameters(String details) {
        return new BankIdApiException(400, "invalidParameters", details);
    }

    /** 400: an order for the same personal number was in progress; BankID aborts it and creates no new one. */
    public static BankIdApiException alreadyInProgress() {
        return new BankIdApiException(400, "alreadyInProgress", "Order already in progress for pno");
    }

    /** 404: a path the RP API does not have. */
    public static BankIdApiException notFound(String path) {
        return new BankIdApiException(404, "notFound", "No such method: " + path);
    }

    /** 405: the RP API takes only POST. */
    public static BankIdApiException methodNotAllowed(String method) {
        return new BankIdApiException(405, "methodNotAllowed", "Method not allowed: " + method + "; use POST");
    }

    /** 415: the Content-Type must be exactly {@code application/json}, without a charset parameter. */
    public static BankIdApiException unsupportedMediaType(String contentType) {
        return new BankIdApiException(415, "unsupportedMediaType",
                "Content-Type must be application/json, was: " + contentType);
    }

    /** Any other answer BankID may give, e.g. 503 {@code maintenance}, 401 {@code unauthorized}, 429. */
    static BankIdApiException of(int httpStatus, String errorCode, String details) {
        return new BankIdApiException(httpStatus, errorCode, details);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }

    public String details() {
        return getMessage();
    }
}
