package se.inera.kundportal.functions.mail;

import java.util.Optional;

/**
 * Markers that make a workflow's e-mail go out at most once, whatever the retries: one marker per
 * (workflow subject, mail key), claimed with a conditional write BEFORE the mail is sent.
 */
public interface SentMailMarkers {

    /** What a stored marker says. */
    enum MarkerState {
        /** Claimed by a sender that has not confirmed the send (it may have crashed mid-send). */
        CLAIMED,
        /** The provider accepted the mail. */
        SENT
    }

    /** Claims the marker; false if it already exists (the mail was sent or is being sent). */
    boolean claim(String subjectId, String mailKey);

    /** Records that the provider accepted the mail under {@code messageId}. */
    void markSent(String subjectId, String mailKey, String messageId);

    /** Gives the claim back after a send that certainly failed, so a retry may send. */
    void release(String subjectId, String mailKey);

    Optional<MarkerState> find(String subjectId, String mailKey);
}
