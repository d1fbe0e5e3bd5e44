package se.inera.kundportal.core.error;

/** It existed but is no longer usable: an expired link or code, a used-up code, an expired order. */
public final class GoneException extends DomainException {
    public GoneException(String message) {
        super(message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.GONE;
    }
}
