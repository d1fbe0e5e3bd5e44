package se.inera.kundportal.core.agreement;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/** Port: where customer agreements are kept. */
public interface AgreementRepository {

    /** Stores a new agreement (version 0 in, 1 out). Conflict if the id exists. */
    Agreement create(Agreement agreement);

    Optional<Agreement> findById(AgreementId id);

    default Agreement get(AgreementId id) {
        return findById(id).orElseThrow(() -> NotFoundException.of("Agreement", id, Messages.AGREEMENT_NOT_FOUND));
    }

    /** The agreement a signing link points to (the link id is the only thing in the mailed URL). */
    Optional<Agreement> findBySigningLink(LinkId signingLink);

    /** All agreements of an organisation, newest first. */
    List<Agreement> findByOrganisation(Organisationsnummer organisation);

    /** Optimistic update; {@link se.inera.kundportal.core.error.StaleVersionException} on a stale version. */
    Agreement update(Agreement agreement);

    /** Stores {@code changed} only if the stored status is {@code expectedFrom}; see {@code Versioned}. */
    Agreement transition(Agreement changed, AgreementStatus expectedFrom);
}
