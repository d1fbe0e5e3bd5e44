package se.inera.kundportal.core.application;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * Port: where customer applications are kept. Versions and transitions follow
 * {@link se.inera.kundportal.core.common.Versioned}.
 */
public interface CustomerApplicationRepository {

    /** Stores a new application (version 0 in, 1 out). Conflict if the id exists. */
    CustomerApplication create(CustomerApplication application);

    Optional<CustomerApplication> findById(ApplicationId id);

    default CustomerApplication get(ApplicationId id) {
        return findById(id).orElseThrow(() -> NotFoundException.of("CustomerApplication", id,
                Messages.APPLICATION_NOT_FOUND));
    }

    /** The operator's work list: applications with {@code status}, newest submitted first. */
    Page<CustomerApplication> findByStatus(ApplicationStatus status, PageRequest page);

    /**
     * Takes {@code claim} if no application holds the organisation (one conditional write on the claim).
     *
     * @return empty when taken; otherwise the claim that holds the organisation
     */
    Optional<OrganisationClaim> claimOrganisation(OrganisationClaim claim);

    /** Releases the organisation if {@code holder} holds it (conditional); otherwise changes nothing. */
    void releaseOrganisation(Organisationsnummer organisation, ApplicationId holder);

    /** Every application made for one organisation, newest first. */
    List<CustomerApplication> findByOrganisation(Organisationsnummer organisation);

    /** Optimistic update; {@link se.inera.kundportal.core.error.StaleVersionException} on a stale version. */
    CustomerApplication update(CustomerApplication application);

    /**
     * Stores {@code changed} only if the stored status is {@code expectedFrom}; otherwise
     * {@link se.inera.kundportal.core.error.UnexpectedStatusException} (expected, actual).
     * {@link NotFoundException} if there is no such application.
     */
    CustomerApplication transition(CustomerApplication changed, ApplicationStatus expectedFrom);
}
