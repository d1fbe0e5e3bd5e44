package se.inera.kundportal.functions.mail;

/**
 * The mail provider definitely did not send the message: it said no (a 4xx answer such as
 * {@code MessageRejected}, {@code BadRequest}, throttling) or could not be connected to at all. Thrown
 * by {@link Mailer}; the onboarding workflow retries it with backoff (its fully qualified name is the
 * error name Step Functions matches), after the sent-marker has been released. When the provider may
 * have accepted it, {@link MailUncertain} is thrown instead.
 */
public final class MailNotSent extends RuntimeException {
    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
