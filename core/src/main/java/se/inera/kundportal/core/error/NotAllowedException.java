package se.inera.kundportal.core.error;

/** The caller may not do this (wrong role, wrong person, portal session while attesting). */
public final class NotAllowedException extends DomainException {
    public NotAllowedException(String message) {
        super(message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.NOT_ALLOWED;
    }
}
