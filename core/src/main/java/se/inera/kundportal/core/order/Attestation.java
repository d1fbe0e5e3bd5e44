package se.inera.kundportal.core.order;


import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.user.UserId;

/**
 * One attestation (attest) of an order: a freshly authenticated act by an attestant, never
 * carried by a portal session.
 *
 * @param party               whose attestant (the customer's, or an agent's)
 * @param attestant           who
 * @param attestantName       their name, as shown in the audit trail
 * @param method              SMS code or BankID
 * @param decision            approved or rejected
 * @param at                  when
 * @param samePersonAsOrderer the attestant also placed the order; allowed, but recorded
 * @param evidenceReference   the SMS challenge's link id or BankID's orderRef
 */
public record Attestation(AttestingParty party, UserId attestant, String attestantName, AttestationMethod method,
                          AttestationDecision decision, Instant at, boolean samePersonAsOrderer,
                          String evidenceReference) {
    public Attestation {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(attestant, "attestant");
        Objects.requireNonNull(attestantName, "attestantName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(evidenceReference, "evidenceReference");
    }
}
