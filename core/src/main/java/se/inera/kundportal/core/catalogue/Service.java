package se.inera.kundportal.core.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tjänst: one of Inera's services, e.g. 1177 journal, with the offerings a customer can order.
 *
 * @param requiredServices services the customer must already have (e.g. 1177 journal needs SITHS,
 *                         HSA and Säkerhetstjänster); shown as a prerequisite, not ordered automatically
 */
public record Service(ServiceId id, String name, String description, List<ServiceId> requiredServices,
                      List<Offering> offerings) {
    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        requiredServices = List.copyOf(requiredServices);
        offerings = List.copyOf(offerings);
        for (Offering o : offerings) {
            if (!o.service().equals(id)) {
                throw new IllegalArgumentException("offering " + o.id() + " belongs to " + o.service() + ", not " + id);
            }
        }
    }

    public Optional<Offering> offering(OfferingId offeringId) {
        return offerings.stream().filter(o -> o.id().equals(offeringId)).findFirst();
    }
}
