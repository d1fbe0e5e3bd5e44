package se.inera.kundportal.functions.wiring;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.functions.signing.SigningSession;
import se.inera.kundportal.functions.signing.SigningSessions;

public final class InMemorySigningSessions implements SigningSessions {
    private final Map<LinkId, SigningSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(SigningSession session) {
        sessions.put(session.link(), session);
    }

    @Override
    public Optional<SigningSession> find(LinkId link) {
        return Optional.ofNullable(sessions.get(link));
    }
}
