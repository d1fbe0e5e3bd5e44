package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.message.OrderMessages;

import se.inera.kundportal.core.order.AttestingParty;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Expiring;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.common.Versioned;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;

/**
 * The link mailed to one attestant for one order. Carries only the opaque {@link LinkId}; opening
 * it changes nothing, acting on it is a separate POST. Single use.
 *
 * @param id           the opaque random id in the e-mailed URL
 * @param order        the order to attest
 * @param organisation the order's organisation
 * @param attestant    the attestant the link was mailed to; only they may use it
 * @param party        whose attestation this link collects
 * @param createdAt    when mailed
 * @param expiresAt    when it stops working (at the latest the order's deadline)
 * @param usedAt       when it was used to attest or reject
 * @param version      optimistic-locking version; 0 before the first save
 */
public record AttestationLink(LinkId id, OrderId order, Organisationsnummer organisation, UserId attestant,
                              AttestingParty party, Instant createdAt, Instant expiresAt, Optional<Instant> usedAt,
                              long version) implements Expiring, Versioned<AttestationLink> {
    public AttestationLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(attestant, "attestant");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }

    public static AttestationLink issued(LinkId id, OrderId order, Organisationsnummer organisation, UserId attestant,
                                         AttestingParty party, Instant createdAt, Instant expiresAt) {
        return new AttestationLink(id, order, organisation, attestant, party, createdAt, expiresAt,
                Optional.empty(), 0);
    }

    /** Throws {@link GoneException} if the link has been used or has expired. */
    public void requireUsable(Clock clock) {
        if (usedAt.isPresent()) {
            throw new GoneException(OrderMessages.ATTESTATION_LINK_USED);
        }
        if (isExpired(clock)) {
            throw new GoneException(OrderMessages.ATTESTATION_LINK_EXPIRED);
        }
    }

    public AttestationLink markUsed(Clock clock) {
        requireUsable(clock);
        return new AttestationLink(id, order, organisation, attestant, party, createdAt, expiresAt,
                Optional.of(clock.instant()), version);
    }

    @Override
    public AttestationLink withVersion(long newVersion) {
        return new AttestationLink(id, order, organisation, attestant, party, createdAt, expiresAt, usedAt, newVersion);
    }
}
