package se.inera.kundportal.core.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.SigningSession;
import se.inera.kundportal.core.agreement.SigningSessions;
import se.inera.kundportal.core.common.LinkId;

/** Signing links and sessions in memory; forgets nothing (the DynamoDB adapter's expiry has its own IT). */
public final class InMemorySigningSessions implements SigningSessions {
    private final Map<LinkId, SigningSession> sessions = new ConcurrentHashMap<>();
    private final Map<LinkId, AgreementId> issuedLinks = new ConcurrentHashMap<>();

    @Override
    public void linkIssued(LinkId link, AgreementId agreement, Instant linkExpiresAt) {
        issuedLinks.put(link, agreement);
    }

    @Override
    public Optional<AgreementId> agreementOfLink(LinkId link) {
        return Optional.ofNullable(issuedLinks.get(link));
    }

    @Override
    public void save(SigningSession session) {
        sessions.put(session.link(), session);
    }

    @Override
    public Optional<SigningSession> find(LinkId link) {
        return Optional.ofNullable(sessions.get(link));
    }
}
