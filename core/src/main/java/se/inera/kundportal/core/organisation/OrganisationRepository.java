package se.inera.kundportal.core.organisation;

import java.util.Optional;

import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.CustomerMessages;

/** Port: where customer organisations are kept, keyed by organisationsnummer. */
public interface OrganisationRepository {

    /**
     * Registers a new customer (version 0 in, 1 out). Throws
     * {@link se.inera.kundportal.core.error.AlreadyExistsException} if the organisationsnummer is
     * already registered; the check and the write must be one conditional write.
     */
    Organisation register(Organisation organisation);

    Optional<Organisation> findByNumber(Organisationsnummer number);

    default Organisation get(Organisationsnummer number) {
        return findByNumber(number).orElseThrow(() -> NotFoundException.of("Organisation", number,
                CustomerMessages.notCustomer(number)));
    }

    /** Optimistic update; {@link se.inera.kundportal.core.error.StaleVersionException} on a stale version. */
    Organisation update(Organisation organisation);
}
