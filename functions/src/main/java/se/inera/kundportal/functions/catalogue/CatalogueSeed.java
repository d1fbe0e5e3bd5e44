package se.inera.kundportal.functions.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.FeeBasis;
import se.inera.kundportal.core.catalogue.FeeSchedule;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Money;

/**
 * The service catalogue (tjänstekatalog) a portal starts with, locally and deployed (SeedCatalogueHandler): Inera's real service names, with example fees
 * (Inera publishes none, so every fee is marked as an example). The data is {@code catalogue.json} next to this
 * class; seeding writes a service only when it is absent or differs, so it can run at every start.
 */
public final class CatalogueSeed {
    static final String RESOURCE = "catalogue.json";

    private final List<Service> services;

    private CatalogueSeed(List<Service> services) {
        this.services = List.copyOf(services);
    }

    public static CatalogueSeed load() {
        try (InputStream in = CatalogueSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the functions' resources");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static CatalogueSeed parse(JsonNode root) {
        List<Service> services = new ArrayList<>();
        for (JsonNode service : root.path("services")) {
            ServiceId serviceId = new ServiceId(service.path("id").asText());
            List<ServiceId> required = new ArrayList<>();
            service.path("requiredServices").forEach(id -> required.add(new ServiceId(id.asText())));
            List<Offering> offerings = new ArrayList<>();
            for (JsonNode offering : service.path("offerings")) {
                JsonNode fees = offering.path("fees");
                offerings.add(new Offering(new OfferingId(offering.path("id").asText()), serviceId,
                        offering.path("name").asText(), offering.path("description").asText(),
                        offering.path("requiresCareUnits").asBoolean(false),
                        offering.path("firstOrderListsAllCareUnits").asBoolean(false),
                        new FeeSchedule(Money.ofKronor(fees.path("startupFeeKronor").asLong()),
                                Money.ofKronor(fees.path("recurringFeeKronor").asLong()),
                                BillingPeriod.valueOf(fees.path("period").asText()),
                                FeeBasis.valueOf(fees.path("basis").asText()),
                                fees.path("examplePrices").asBoolean(true)),
                        offering.path("termsVersion").asText(), offering.path("orderable").asBoolean(true)));
            }
            services.add(new Service(serviceId, service.path("name").asText(), service.path("description").asText(),
                    required, offerings));
        }
        return new CatalogueSeed(services);
    }

    public List<Service> services() {
        return services;
    }

    /** Saves the services that are missing or differ; returns how many were written. */
    public int seed(CatalogueRepository catalogue) {
        int written = 0;
        for (Service service : services) {
            if (!catalogue.findService(service.id()).filter(service::equals).isPresent()) {
                catalogue.save(service);
                written++;
            }
        }
        return written;
    }
}
