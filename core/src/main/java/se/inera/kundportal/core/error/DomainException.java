package se.inera.kundportal.core.error;

/**
 * Base of every failure the domain reports on purpose. Messages are Swedish and safe to show
 * to the user; nothing else (stack traces, storage errors) should ever reach a response body.
 * The fully qualified class names are part of the contract: Step Functions matches them as
 * error names in {@code Catch}/{@code Retry}, so do not move or rename these classes.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, NotFoundException, ConflictException, UnexpectedStatusException,
                NotAllowedException, GoneException, LimitReachedException {

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ErrorCategory category();
}
