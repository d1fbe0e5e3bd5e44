package se.inera.kundportal.functions.mail;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Sends a workflow's e-mail at most once per (subject, mail key). The marker is claimed with a
 * conditional write before sending: a retried task finds it and sends nothing. A send that
 * certainly failed ({@link MailNotSent}) releases the claim so the retry can send; a crash between
 * sending and confirming leaves the claim, and the mail is not sent twice (at most once is the
 * right failure mode for these mails: a duplicate signing link confuses more than a late one).
 */
public final class OnceOnlyMailer {
    private static final System.Logger LOG = System.getLogger(OnceOnlyMailer.class.getName());

    private final Mailer mailer;
    private final SentMailMarkers markers;

    public OnceOnlyMailer(Mailer mailer, SentMailMarkers markers) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.markers = Objects.requireNonNull(markers, "markers");
    }

    /** Whether the mail was sent or is being sent (its marker is claimed). */
    public boolean claimed(String subjectId, String mailKey) {
        return markers.find(subjectId, mailKey).isPresent();
    }

    /**
     * Builds and sends the mail unless it was already sent; the message is built only after the
     * claim, so work with side effects in {@code message} (e.g. issuing a temporary password)
     * happens once too.
     *
     * @return true if this call sent the mail, false if an earlier attempt had
     */
    public boolean sendOnce(String subjectId, String mailKey, Supplier<MailMessage> message) {
        if (!markers.claim(subjectId, mailKey)) {
            LOG.log(Level.INFO, () -> "Mail " + mailKey + " for " + subjectId + " was already sent; not again");
            return false;
        }
        String messageId;
        try {
            messageId = mailer.send(message.get());
        } catch (RuntimeException notSent) {
            markers.release(subjectId, mailKey);
            throw notSent;
        }
        markers.markSent(subjectId, mailKey, messageId);
        LOG.log(Level.INFO, () -> "Mail " + mailKey + " for " + subjectId + " sent as " + messageId);
        return true;
    }
}
