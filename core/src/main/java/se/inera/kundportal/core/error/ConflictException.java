package se.inera.kundportal.core.error;

/**
 * The request conflicts with the current state: something already exists
 * ({@link AlreadyExistsException}) or was changed by someone else ({@link StaleVersionException}).
 */
public sealed class ConflictException extends DomainException
        permits AlreadyExistsException, StaleVersionException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.CONFLICT;
    }
}
