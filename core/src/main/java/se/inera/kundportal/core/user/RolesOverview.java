package se.inera.kundportal.core.user;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * "Visa roller": every person with their roles, and the agreement's signatory and contact (from the application;
 * empty for a customer Inera registered directly).
 */
public record RolesOverview(Organisationsnummer organisation, String organisationName,
                            List<OrganisationMember> members, Optional<Named> signatory,
                            Optional<Named> agreementContact, Optional<AgreementStatus> agreementStatus) {
    public RolesOverview {
        members = List.copyOf(members);
    }

    /** A person named on the agreement. */
    public record Named(String name, String email) {
    }
}
