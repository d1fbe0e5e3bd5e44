package se.inera.kundportal.functions.bankid;

import java.util.Locale;

/**
 * An error answer of the RP API ({@code {"errorCode", "details"}} with a 4xx/5xx status), or no
 * usable answer at all. {@link #kind()} says what the caller can do about it.
 */
public final class BankIdException extends RuntimeException {
    public enum Kind {
        /** An order for the same person was running; BankID cancelled both. The user may start again. */
        ALREADY_IN_PROGRESS,
        /** Our request was wrong, or the orderRef is unknown, already collected or cancelled. */
        INVALID_PARAMETERS,
        /** Our client certificate was refused: a configuration error. */
        UNAUTHORIZED,
        /** The URL is wrong: a configuration error. */
        NOT_FOUND,
        /** BankID is busy, down for maintenance, timed out or failed: try again shortly. */
        UNAVAILABLE,
        /** Anything else, including an answer that is not the API's JSON. */
        UNEXPECTED
    }

    private final Kind kind;
    private final int httpStatus;
    private final String errorCode;

    public BankIdException(int httpStatus, String errorCode, String details) {
        super("BankID answered " + httpStatus + " " + errorCode + (details == null ? "" : ": " + details));
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.kind = kindOf(httpStatus, errorCode);
    }

    /** No answer (connection refused, TLS failure, timeout) or an unreadable one. */
    public BankIdException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
        this.errorCode = "";
        this.kind = Kind.UNAVAILABLE;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** BankID's {@code errorCode}, empty when there was no answer. */
    public String errorCode() {
        return errorCode;
    }

    static Kind kindOf(int httpStatus, String errorCode) {
        String code = errorCode == null ? "" : errorCode.toLowerCase(Locale.ROOT);
        return switch (code) {
            case "alreadyinprogress" -> Kind.ALREADY_IN_PROGRESS;
            case "invalidparameters" -> Kind.INVALID_PARAMETERS;
            case "unauthorized" -> Kind.UNAUTHORIZED;
            case "notfound" -> Kind.NOT_FOUND;
            case "requesttimeout", "maintenance", "internalerror" -> Kind.UNAVAILABLE;
            default -> httpStatus == 429 || httpStatus == 408 || httpStatus >= 500 ? Kind.UNAVAILABLE : Kind.UNEXPECTED;
        };
    }
}
