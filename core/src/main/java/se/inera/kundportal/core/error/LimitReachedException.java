package se.inera.kundportal.core.error;

/** A limit on how often something may be done has been reached (e.g. BankID orders from one link). */
public final class LimitReachedException extends DomainException {
    public LimitReachedException(String message) {
        super(message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.LIMIT_REACHED;
    }
}
