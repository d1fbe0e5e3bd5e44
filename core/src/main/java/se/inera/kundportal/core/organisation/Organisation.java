package se.inera.kundportal.core.organisation;

import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.common.Versioned;

/**
 * A customer organisation, keyed by its organisationsnummer (registered once).
 *
 * @param details          name, number, addresses, invoicing
 * @param agreementStanding where it stands with Kundavtal 2
 * @param registeredAt     when it became a customer in the portal
 * @param version          optimistic-locking version; 0 before the first save
 */
public record Organisation(OrganisationDetails details, AgreementStanding agreementStanding, Instant registeredAt,
                           long version) implements Versioned<Organisation> {
    public Organisation {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(agreementStanding, "agreementStanding");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public Organisationsnummer number() {
        return details.number();
    }

    public String name() {
        return details.name();
    }

    public boolean canOrder() {
        return agreementStanding.allowsOrdering();
    }

    public Organisation withAgreementStanding(AgreementStanding standing) {
        return new Organisation(details, standing, registeredAt, version);
    }

    public Organisation withDetails(OrganisationDetails newDetails) {
        if (!newDetails.number().equals(details.number())) {
            throw new IllegalArgumentException("an organisation's number cannot change");
        }
        return new Organisation(newDetails, agreementStanding, registeredAt, version);
    }

    @Override
    public Organisation withVersion(long newVersion) {
        return new Organisation(details, agreementStanding, registeredAt, newVersion);
    }
}
