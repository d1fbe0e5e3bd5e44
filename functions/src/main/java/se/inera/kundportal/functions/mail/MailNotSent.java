package se.inera.kundportal.functions.mail;

/**
 * The mail provider refused the message or could not be reached, so it was not sent. Thrown by
 * {@link Mailer}; the onboarding workflow retries it with backoff (its fully qualified name is
 * the error name Step Functions matches), after the sent-marker has been released.
 */
public final class MailNotSent extends RuntimeException {
    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
