package se.inera.kundportal.core.customer;

import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;

import java.util.Objects;

import se.inera.kundportal.core.agreement.RegisteredExistingAgreement;
import se.inera.kundportal.core.person.Contact;

/**
 * Use case: Inera registers an organisation that already has Kundavtal 2, skipping the
 * application; its administrator gets access directly.
 */
public interface RegisterExistingCustomer {

    /**
     * @throws se.inera.kundportal.core.error.AlreadyExistsException if the organisationsnummer is registered
     */
    Organisation register(RegisterCommand command);

    /**
     * @param organisation  the customer's details
     * @param administrator who gets portal access
     * @param agreement     Inera's record of the existing Kundavtal 2
     */
    record RegisterCommand(OrganisationDetails organisation, Contact administrator,
                           RegisteredExistingAgreement agreement) {
        public RegisterCommand {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(administrator, "administrator");
            Objects.requireNonNull(agreement, "agreement");
        }
    }
}
