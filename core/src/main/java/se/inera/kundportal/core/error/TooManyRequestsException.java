package se.inera.kundportal.core.error;

/** A limit on how often something may be done was reached (SMS codes of an attestation link, BankID orders of a link). HTTP 429. */
public final class TooManyRequestsException extends DomainException {
    public TooManyRequestsException(String message) {
        super(message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.TOO_MANY_REQUESTS;
    }
}
