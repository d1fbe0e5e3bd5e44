package se.inera.kundportal.functions.mail;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Sends a mail at most once per (subject, mail key), and never loses one silently. The marker is
 * claimed with a conditional write before sending: a retried task finds it and sends nothing.
 *
 * <ul>
 *   <li>A <b>definite rejection</b> ({@link MailNotSent}: SES said no, or was never reached) releases the
 *       claim and is rethrown, so the retry sends.</li>
 *   <li>An <b>uncertain send</b> ({@link MailUncertain}: a timeout or a 5xx after which SES may have
 *       accepted it) keeps the claim, is recorded as uncertain with a copy of the mail, and is not
 *       retried: an operator sees it ({@link UncertainMails}) and may resend it. A duplicate would do
 *       harm (a second temporary password voids the first).</li>
 *   <li>A <b>crash</b> between claim and confirmation leaves the claim; once older than
 *       {@link UncertainMails#STALE_AFTER} the operator's list shows it as well.</li>
 * </ul>
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
     * Builds and sends the mail unless it was already claimed; the message is built only after the
     * claim, so work with side effects in {@code message} (e.g. issuing a temporary password)
     * happens once too.
     *
     * @return true if this call sent the mail; false if an earlier attempt had claimed it, or if this
     *         send's outcome is uncertain (then recorded for the operators)
     * @throws MailNotSent if the provider certainly did not send it (the claim is released)
     */
    public boolean sendOnce(String subjectId, String mailKey, Supplier<MailMessage> message) {
        if (!markers.claim(subjectId, mailKey)) {
            LOG.log(Level.INFO, () -> "Mail " + mailKey + " for " + subjectId + " was already claimed; not again");
            return false;
        }
        MailMessage built;
        try {
            built = message.get();
        } catch (RuntimeException notBuilt) {
            markers.release(subjectId, mailKey);
            throw notBuilt;
        }
        markers.attach(subjectId, mailKey, built);
        return send(subjectId, mailKey, built);
    }

    /**
     * Sends a mail whose marker the caller holds (claimed or taken for a resend) and records the outcome.
     *
     * @return true if sent; false if uncertain (recorded)
     * @throws MailNotSent if the provider certainly did not send it (the claim is released)
     */
    boolean send(String subjectId, String mailKey, MailMessage message) {
        String messageId;
        try {
            messageId = mailer.send(message);
        } catch (MailNotSent notSent) {
            markers.release(subjectId, mailKey);
            throw notSent;
        } catch (MailUncertain uncertain) {
            markers.markUncertain(subjectId, mailKey, uncertain.getMessage());
            LOG.log(Level.WARNING, () -> "Mail " + mailKey + " for " + subjectId + " may not have arrived; "
                    + "listed for the operators to resend: " + uncertain.getMessage());
            return false;
        }
        markers.markSent(subjectId, mailKey, messageId);
        LOG.log(Level.INFO, () -> "Mail " + mailKey + " for " + subjectId + " sent as " + messageId);
        return true;
    }
}
