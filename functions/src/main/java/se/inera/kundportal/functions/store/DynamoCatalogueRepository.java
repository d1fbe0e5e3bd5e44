package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.bool;
import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.map;
import static se.inera.kundportal.functions.store.Attributes.maps;
import static se.inera.kundportal.functions.store.Attributes.number;
import static se.inera.kundportal.functions.store.Attributes.string;
import static se.inera.kundportal.functions.store.Attributes.strings;
import static se.inera.kundportal.functions.store.ItemBuilder.nested;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.FeeBasis;
import se.inera.kundportal.core.catalogue.FeeSchedule;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Money;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The service catalogue: one item per service in the {@code CATALOGUE} partition, its offerings
 * nested as a list of maps. A service and its offerings are therefore saved (replaced) by one
 * PutItem, and the whole catalogue, a few dozen services, is one Query.
 */
public final class DynamoCatalogueRepository implements CatalogueRepository {
    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final DynamoTable table;

    DynamoCatalogueRepository(DynamoTable table) {
        this.table = table;
    }

    @Override
    public List<Service> findAllServices() {
        return table.queryAll(DynamoTable.Query.partition(TableIndex.TABLE, Keys.CATALOGUE_PARTITION)
                        .withSortKeyPrefix(Keys.SERVICE_PREFIX)).stream()
                .map(DynamoCatalogueRepository::service)
                .sorted(Comparator.comparing(Service::name, SWEDISH))
                .toList();
    }

    @Override
    public Optional<Service> findService(ServiceId id) {
        return table.get(Keys.service(id)).map(DynamoCatalogueRepository::service);
    }

    @Override
    public void save(Service service) {
        table.put(ItemBuilder.forKey(Keys.service(service.id()))
                .with("type", "SERVICE")
                .with("id", service.id().value())
                .with("name", service.name())
                .with("description", service.description())
                .withStrings("requiredServices", service.requiredServices().stream().map(ServiceId::value).toList())
                .withMaps("offerings", service.offerings().stream().map(DynamoCatalogueRepository::offering).toList())
                .build());
    }

    private static Map<String, AttributeValue> offering(Offering offering) {
        FeeSchedule fees = offering.fees();
        return nested().with("id", offering.id().value())
                .with("name", offering.name())
                .with("description", offering.description())
                .with("requiresCareUnits", offering.requiresCareUnits())
                .with("firstOrderListsAllCareUnits", offering.firstOrderListsAllCareUnits())
                .with("fees", nested().with("startupFeeOre", fees.startupFee().ore())
                        .with("recurringFeeOre", fees.recurringFee().ore())
                        .with("period", fees.period())
                        .with("basis", fees.basis())
                        .with("examplePrices", fees.examplePrices())
                        .asMap())
                .with("termsVersion", offering.termsVersion())
                .with("orderable", offering.orderable())
                .build();
    }

    private static Service service(Map<String, AttributeValue> item) {
        ServiceId id = new ServiceId(string(item, "id"));
        return new Service(id, string(item, "name"), string(item, "description"),
                strings(item, "requiredServices").stream().map(ServiceId::new).toList(),
                maps(item, "offerings", value -> offering(id, value)));
    }

    private static Offering offering(ServiceId service, Map<String, AttributeValue> value) {
        Map<String, AttributeValue> fees = map(value, "fees");
        return new Offering(new OfferingId(string(value, "id")), service, string(value, "name"),
                string(value, "description"), bool(value, "requiresCareUnits"),
                bool(value, "firstOrderListsAllCareUnits"),
                new FeeSchedule(Money.ofOre(number(fees, "startupFeeOre")), Money.ofOre(number(fees, "recurringFeeOre")),
                        enumValue(fees, "period", BillingPeriod.class), enumValue(fees, "basis", FeeBasis.class),
                        bool(fees, "examplePrices")),
                string(value, "termsVersion"), bool(value, "orderable"));
    }
}
