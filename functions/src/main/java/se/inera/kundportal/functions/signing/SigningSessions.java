package se.inera.kundportal.functions.signing;

import java.util.Optional;

import se.inera.kundportal.core.common.LinkId;

/** Where the BankID order of each signing link is kept: one per link, the latest replacing the earlier. */
public interface SigningSessions {

    void save(SigningSession session);

    Optional<SigningSession> find(LinkId link);
}
