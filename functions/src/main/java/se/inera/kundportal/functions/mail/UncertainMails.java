package se.inera.kundportal.functions.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.MailMessages;
import se.inera.kundportal.functions.mail.SentMailMarkers.MarkerState;
import se.inera.kundportal.functions.mail.SentMailMarkers.UnconfirmedMail;

/**
 * The operators' view of mails that may not have arrived, and their resend: an uncertain send, or a
 * claim that was never confirmed and is older than {@link #STALE_AFTER} (its sender crashed). A resend
 * sends the kept copy once more, exactly once even on a double click (a conditional write on the
 * marker decides who resends).
 */
public final class UncertainMails {
    /** A claim older than this without confirmation is no longer in flight: its sender died. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);

    /** What a resend did. */
    public enum ResendOutcome {
        SENT,
        /** Sent once more, and again without an answer: still listed. */
        STILL_UNCERTAIN
    }

    private final SentMailMarkers markers;
    private final OnceOnlyMailer mailer;
    private final Clock clock;

    public UncertainMails(SentMailMarkers markers, OnceOnlyMailer mailer, Clock clock) {
        this.markers = Objects.requireNonNull(markers, "markers");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every mail needing an operator, oldest first: uncertain ones and stale claims; not those in flight. */
    public List<UnconfirmedMail> needingAttention() {
        Instant now = clock.instant();
        return markers.unconfirmed().stream().filter(mail -> needsAttention(mail, now)).toList();
    }

    /**
     * Sends the kept copy of the mail once more.
     *
     * @throws NotFoundException if no such mail needs an operator (unknown, sent, or still in flight)
     * @throws ConflictException if another resend took it first, or no copy was kept (the sender died before
     *                           the mail was built; an administrator's password mail is replaced by issuing
     *                           a new temporary password)
     * @throws MailNotSent       if SES refused the resend (the mail stays listed)
     */
    public ResendOutcome resend(String subjectId, String mailKey) {
        Instant now = clock.instant();
        UnconfirmedMail mail = markers.findUnconfirmed(subjectId, mailKey)
                .filter(found -> needsAttention(found, now))
                .orElseThrow(() -> new NotFoundException("Mail", subjectId + "/" + mailKey,
                        MailMessages.noUncertainMail(mailKey, subjectId)));
        if (mail.message().isEmpty()) {
            throw new ConflictException(MailMessages.NEVER_BUILT);
        }
        if (!markers.claimResend(mail, now)) {
            throw new ConflictException(MailMessages.RESEND_IN_PROGRESS);
        }
        try {
            return mailer.send(subjectId, mailKey, mail.message().get()) ? ResendOutcome.SENT
                    : ResendOutcome.STILL_UNCERTAIN;
        } catch (MailNotSent refused) {
            markers.markUncertain(subjectId, mailKey, refused.getMessage());
            throw refused;
        }
    }

    private static boolean needsAttention(UnconfirmedMail mail, Instant now) {
        return mail.state() == MarkerState.UNCERTAIN || mail.claimedAt().plus(STALE_AFTER).isBefore(now);
    }
}
