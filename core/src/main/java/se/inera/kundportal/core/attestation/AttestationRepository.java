package se.inera.kundportal.core.attestation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.order.OrderId;

/** Port: attestation links and the SMS challenges made through them. */
public interface AttestationRepository {

    /** Stores a new link (version 0 in, 1 out). Conflict if the id exists. */
    AttestationLink createLink(AttestationLink link);

    /** The link behind an e-mailed URL. Expired links may still be returned; the domain decides. */
    Optional<AttestationLink> findLink(LinkId id);

    /** The link if it still works: 404 if unknown, 410 if used or expired. */
    default AttestationLink usableLink(LinkId id, Clock clock) {
        AttestationLink link = findLink(id).orElseThrow(() ->
                NotFoundException.of("AttestationLink", "(hidden)", OrderMessages.ATTESTATION_LINK_INVALID));
        link.requireUsable(clock);
        return link;
    }

    /** Every link issued for an order (to invalidate them once it is decided). */
    List<AttestationLink> findLinksByOrder(OrderId order);

    /** Optimistic update; {@link se.inera.kundportal.core.error.StaleVersionException} on a stale version. */
    AttestationLink updateLink(AttestationLink link);

    /**
     * Stores a newly sent SMS challenge for a link, replacing the earlier one (a resent code makes the old one
     * invalid), with one conditional write on the link's one SMS item: only if the stored count of codes is the one
     * the new challenge was issued after ({@code codesSent - 1}; none stored for the first code). So two sends at
     * once store one code, and the link's cap on codes holds. The version passed in is ignored; the returned
     * challenge carries the stored version.
     *
     * @throws se.inera.kundportal.core.error.StaleVersionException when another code was stored meanwhile
     */
    SmsChallenge replaceChallenge(SmsChallenge challenge);

    Optional<SmsChallenge> findChallenge(LinkId link);

    /**
     * Optimistic update (counting a wrong attempt, marking used); a stale version throws
     * {@link se.inera.kundportal.core.error.StaleVersionException}, so parallel guesses cannot
     * exceed the attempt limit.
     */
    SmsChallenge updateChallenge(SmsChallenge challenge);

    /** Keeps the BankID order started through a link, unconditionally replacing an earlier one for it. */
    void saveBankIdOrder(BankIdAttestationOrder order);

    Optional<BankIdAttestationOrder> findBankIdOrder(LinkId link);
}
