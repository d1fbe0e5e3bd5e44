package se.inera.kundportal.functions.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Markers that make a mail go out at most once, whatever the retries, and that keep a mail which may
 * not have arrived visible to the operators: one marker per (subject, mail key), claimed with a
 * conditional write BEFORE the mail is sent.
 */
public interface SentMailMarkers {

    /** What a stored marker says. */
    enum MarkerState {
        /** Claimed by a sender that has not confirmed the send (in flight; if it stays so, the sender crashed). */
        CLAIMED,
        /** The provider accepted the mail. */
        SENT,
        /** The send's outcome is unknown (timeout, 5xx): never sent again by itself; an operator may resend. */
        UNCERTAIN,
        /** An operator's resend is in flight. */
        RESENDING
    }

    /**
     * A mail not confirmed as sent, as the operator's list shows it.
     *
     * @param claimedAt when its current send (or resend) began
     * @param reason    why it is uncertain, if it is
     * @param message   the copy kept for a resend, once the mail was built
     */
    record UnconfirmedMail(String subjectId, String mailKey, MarkerState state, Instant claimedAt,
                           Optional<String> reason, Optional<MailMessage> message) {
        public UnconfirmedMail {
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(mailKey, "mailKey");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(claimedAt, "claimedAt");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Claims the marker; false if it already exists (the mail was sent, is being sent or is uncertain). */
    boolean claim(String subjectId, String mailKey);

    /** Keeps a copy of the built mail on a claimed marker, so an operator can resend it if its send is uncertain. */
    void attach(String subjectId, String mailKey, MailMessage message);

    /** Records that the provider accepted the mail under {@code messageId}; the kept copy is dropped. */
    void markSent(String subjectId, String mailKey, String messageId);

    /** Gives the claim back after a send that certainly failed, so a retry may send. */
    void release(String subjectId, String mailKey);

    /** Records that the send's outcome is unknown, for the operators. */
    void markUncertain(String subjectId, String mailKey, String reason);

    Optional<MarkerState> find(String subjectId, String mailKey);

    Optional<UnconfirmedMail> findUnconfirmed(String subjectId, String mailKey);

    /** Every mail not confirmed as sent, oldest first (a small, sparse list: normally empty). */
    List<UnconfirmedMail> unconfirmed();

    /**
     * Takes {@code seen} for one resend: moves it to {@link MarkerState#RESENDING} only if it is still
     * exactly as seen (state and claim time), so of two operators (or two clicks) one wins.
     */
    boolean claimResend(UnconfirmedMail seen, Instant now);
}
