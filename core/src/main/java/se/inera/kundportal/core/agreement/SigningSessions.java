package se.inera.kundportal.core.agreement;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import se.inera.kundportal.core.common.LinkId;

/**
 * Port: what the signing side remembers about each signing link, server-side: which agreement it was
 * issued for, and the BankID order started from it (one per link, the latest replacing the
 * earlier). Both are kept until {@link #GRACE} after the link's own expiry, so that for that long a
 * link whose agreement no longer answers to it (expired, signed, replaced) says why (410) rather
 * than "unknown" (404); after that the link is forgotten.
 */
public interface SigningSessions {

    /** How long after the link's expiry it is still remembered (the same month attestation links get). */
    Duration GRACE = Duration.ofDays(30);

    /** Remembers that {@code link} was issued for {@code agreement}; repeating it changes nothing. */
    void linkIssued(LinkId link, AgreementId agreement, Instant linkExpiresAt);

    /** The agreement {@code link} was issued for, while it is remembered. */
    Optional<AgreementId> agreementOfLink(LinkId link);

    void save(SigningSession session);

    /** The BankID order of {@code link}, while it is remembered. */
    Optional<SigningSession> find(LinkId link);
}
