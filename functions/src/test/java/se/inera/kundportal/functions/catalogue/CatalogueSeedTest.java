package se.inera.kundportal.functions.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;

class CatalogueSeedTest {
    private final CatalogueSeed seed = CatalogueSeed.load();

    @Test
    void journalRequiresSithsHsaAndSecurityServices() {
        Service journal = service("1177-journal");

        assertThat(journal.name()).isEqualTo("1177 journal");
        assertThat(journal.requiredServices()).extracting(ServiceId::value)
                .containsExactlyInAnyOrder("siths", "hsa", "sakerhetstjanster");
    }

    @Test
    void intygstjansterOffersWebcertFristaendeForCareUnits() {
        assertThat(service("intygstjanster").offerings())
                .anySatisfy(offering -> {
                    assertThat(offering.name()).isEqualTo("Webcert Fristående");
                    assertThat(offering.requiresCareUnits()).isTrue();
                });
    }

    @Test
    void everyFeeIsMarkedAsAnExampleAndEveryRequiredServiceExists() {
        List<Service> services = seed.services();

        assertThat(services).flatExtracting(Service::offerings)
                .allSatisfy(offering -> assertThat(offering.fees().examplePrices()).as(offering.name()).isTrue());
        assertThat(services).flatExtracting(Service::requiredServices)
                .allSatisfy(required -> assertThat(services).extracting(Service::id).contains(required));
    }

    @Test
    void seedingTwiceWritesNothingTheSecondTime() {
        InMemoryCatalogue catalogue = new InMemoryCatalogue();

        assertThat(seed.seed(catalogue)).isEqualTo(seed.services().size());
        assertThat(seed.seed(catalogue)).isZero();
        assertThat(catalogue.findAllServices()).hasSameSizeAs(seed.services());
    }

    private Service service(String id) {
        return seed.services().stream().filter(service -> service.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static final class InMemoryCatalogue implements CatalogueRepository {
        private final Map<ServiceId, Service> services = new LinkedHashMap<>();

        @Override
        public List<Service> findAllServices() {
            return List.copyOf(services.values());
        }

        @Override
        public Optional<Service> findService(ServiceId id) {
            return Optional.ofNullable(services.get(id));
        }

        @Override
        public void save(Service service) {
            services.put(service.id(), service);
        }
    }
}
