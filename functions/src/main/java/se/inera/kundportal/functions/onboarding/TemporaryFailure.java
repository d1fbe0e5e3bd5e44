package se.inera.kundportal.functions.onboarding;

/**
 * A step failed for a reason that may pass: a throttled or unavailable AWS service, a network
 * error. The onboarding state machine retries it with backoff (its fully qualified class name is
 * the error name matched in {@code Retry}); every step is idempotent, so a retry is safe.
 */
public final class TemporaryFailure extends RuntimeException {
    public TemporaryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
