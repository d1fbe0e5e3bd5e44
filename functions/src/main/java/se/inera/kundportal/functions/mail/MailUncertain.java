package se.inera.kundportal.functions.mail;

/**
 * The provider may or may not have accepted the mail: the request was sent but no answer came (a
 * timeout, a connection reset) or the answer was a server error. Sending again could mail twice, so
 * {@link OnceOnlyMailer} never retries it by itself: it records the mail as uncertain for an operator,
 * who can resend it.
 */
public final class MailUncertain extends RuntimeException {
    public MailUncertain(String message, Throwable cause) {
        super(message, cause);
    }
}
