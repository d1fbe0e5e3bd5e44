package se.inera.kundportal.core.catalogue;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.CatalogueMessages;

/** Port: the service catalogue (tjänster and erbjudanden), kept as data. */
public interface CatalogueRepository {

    /** Every service with its offerings, sorted by name. */
    List<Service> findAllServices();

    Optional<Service> findService(ServiceId id);

    default Service getService(ServiceId id) {
        return findService(id)
                .orElseThrow(() -> NotFoundException.of("Service", id, CatalogueMessages.SERVICE_NOT_FOUND));
    }

    /** Creates or replaces a service and its offerings (seeding, catalogue maintenance). */
    void save(Service service);
}
