package se.inera.kundportal.core.organisation;

import java.util.Objects;

/**
 * What a customer states about its organisation, in an application or when Inera registers an
 * existing customer.
 */
public record OrganisationDetails(Organisationsnummer number, String name, PostalAddress address,
                                  InvoicingDetails invoicing) {
    public OrganisationDetails {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(invoicing, "invoicing");
    }
}
