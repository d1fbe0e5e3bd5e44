package se.inera.kundportal.core.catalogue;

import java.util.Objects;

/**
 * Erbjudande: one orderable variant of a service, e.g. "Webcert Fristående" of Intygstjänster.
 *
 * @param id                          identity
 * @param service                     the service it belongs to
 * @param name                        display name
 * @param description                 display text
 * @param requiresCareUnits           the order must list care units (vårdenheter) by HSA-id
 * @param firstOrderListsAllCareUnits the first order must list all care units to connect (the form says so)
 * @param fees                        the price model
 * @param termsVersion                the version of the terms (villkor) the orderer must accept
 * @param orderable                   false hides it from new orders without deleting history
 */
public record Offering(OfferingId id, ServiceId service, String name, String description, boolean requiresCareUnits,
                       boolean firstOrderListsAllCareUnits, FeeSchedule fees, String termsVersion, boolean orderable) {
    public Offering {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(termsVersion, "termsVersion");
        if (firstOrderListsAllCareUnits && !requiresCareUnits) {
            throw new IllegalArgumentException("an offering without care units cannot require all of them");
        }
    }
}
