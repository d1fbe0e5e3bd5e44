package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.bool;
import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.integer;
import static se.inera.kundportal.functions.store.Attributes.maps;
import static se.inera.kundportal.functions.store.Attributes.number;
import static se.inera.kundportal.functions.store.Attributes.optionalInstant;
import static se.inera.kundportal.functions.store.Attributes.optionalMap;
import static se.inera.kundportal.functions.store.Attributes.optionalString;
import static se.inera.kundportal.functions.store.Attributes.string;
import static se.inera.kundportal.functions.store.Attributes.strings;
import static se.inera.kundportal.functions.store.ItemBuilder.nested;

import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.core.order.Attestation;
import se.inera.kundportal.core.order.AttestationDecision;
import se.inera.kundportal.core.order.AttestationMethod;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Money;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.order.PriceLine;
import se.inera.kundportal.core.order.PriceLineKind;
import se.inera.kundportal.core.organisation.CareUnit;
import se.inera.kundportal.core.organisation.HsaId;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import se.inera.kundportal.core.message.CustomerMessages;
import se.inera.kundportal.core.message.Messages;

/**
 * Orders ({@code ORDER#<id>} / {@code ORDER}), listed by organisation on GSI1 and by status on GSI2,
 * newest placed first. The attestation deadline is stored as {@code attestationDeadline}, never in
 * the TTL attribute: an expired order is history, not garbage.
 */
public final class DynamoOrderRepository implements OrderRepository {
    private final DynamoTable table;
    private final VersionedWrites writes;

    DynamoOrderRepository(DynamoTable table) {
        this.table = table;
        this.writes = new VersionedWrites(table);
    }

    /**
     * Checks the organisation first and writes nothing if it is unknown. DynamoDB conditions see
     * only the item written, so the two cannot be one write without a transaction; organisations are
     * never deleted, so the check cannot go stale. The order write itself is conditional on its id.
     */
    @Override
    public Order create(Order order) {
        if (table.get(Keys.organisation(order.organisation())).isEmpty()) {
            throw NotFoundException.of("Organisation", order.organisation(),
                    CustomerMessages.notCustomer(order.organisation()));
        }
        Order stored = order.withVersion(1);
        writes.create(item(stored), subject(order.id()), Messages.ORDER_EXISTS);
        return stored;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return table.get(Keys.order(id)).map(DynamoOrderRepository::order);
    }

    @Override
    public Page<Order> findByOrganisation(Organisationsnummer organisation, PageRequest page) {
        return orders(table.queryPage(DynamoTable.Query.partition(TableIndex.GSI1,
                Keys.ordersOfOrganisation(organisation)).descending(), page));
    }

    @Override
    public Page<Order> findByStatus(OrderStatus status, PageRequest page) {
        return orders(table.queryPage(DynamoTable.Query.partition(TableIndex.GSI2,
                Keys.ordersWithStatus(status)).descending(), page));
    }

    @Override
    public Order update(Order order) {
        Order stored = order.withVersion(order.version() + 1);
        writes.update(item(stored), order.version(), subject(order.id()));
        return stored;
    }

    @Override
    public Order transition(Order changed, OrderStatus expectedFrom) {
        long version = writes.transition(v -> item(changed.withVersion(v)), changed.version(), expectedFrom,
                OrderStatus.class, subject(changed.id()), actual -> refusedMessage(actual, changed.status()));
        return changed.withVersion(version);
    }

    private static String refusedMessage(OrderStatus actual, OrderStatus next) {
        return switch (actual) {
            case ATTESTED, DELIVERED -> Messages.ORDER_ALREADY_ATTESTED;
            case REJECTED -> Messages.ORDER_REJECTED;
            case EXPIRED -> Messages.ORDER_EXPIRED;
            case AWAITING_ATTESTATION -> Messages.orderAwaitingAttestationCannotMove(next);
        };
    }

    private static Page<Order> orders(Page<Map<String, AttributeValue>> items) {
        return new Page<>(items.items().stream().map(DynamoOrderRepository::order).toList(), items.nextCursor());
    }

    private static Map<String, AttributeValue> item(Order order) {
        String byTime = Keys.timeOrdered(order.placedAt(), order.id().value());
        return ItemBuilder.forKey(Keys.order(order.id()))
                .with("type", "ORDER")
                .with("id", order.id().value())
                .with("organisation", order.organisation().value())
                .with("service", order.service().value())
                .with("offering", order.offering().value())
                .withMaps("careUnits", order.careUnits().stream().map(unit -> nested()
                        .with("hsaId", unit.hsaId().value()).with("name", unit.name()).build()).toList())
                .with("acceptedTermsVersion", order.acceptedTermsVersion())
                .withOptional("submission", order.submission())
                .withMaps("priceLines", order.priceLines().stream().map(DynamoOrderRepository::priceLine).toList())
                .with("addOn", order.addOn())
                .with("orderedBy", order.orderedBy().value())
                .with("placedAt", order.placedAt())
                .with("attestationDeadline", order.expiresAt())
                .withStrings("attestationChain", order.attestationChain().stream().map(Enum::name).toList())
                .withMaps("attestations", order.attestations().stream().map(DynamoOrderRepository::attestation)
                        .toList())
                .with(VersionedWrites.STATUS, order.status())
                .withOptional("rejectionReason", order.rejectionReason())
                .withOptionalMap("deliveredBy", order.deliveredBy().map(actor -> ValueMapping.actor(actor).m()))
                .withOptionalInstant("deliveredAt", order.deliveredAt())
                .withOptional("accessInstructions", order.accessInstructions())
                .with("updatedAt", order.updatedAt())
                .with(VersionedWrites.VERSION, order.version())
                .withIndex(Keys.GSI1PK, Keys.ordersOfOrganisation(order.organisation()), Keys.GSI1SK, byTime)
                .withIndex(Keys.GSI2PK, Keys.ordersWithStatus(order.status()), Keys.GSI2SK, byTime)
                .build();
    }

    private static Map<String, AttributeValue> priceLine(PriceLine line) {
        return nested().with("kind", line.kind()).with("description", line.description())
                .with("unitPriceOre", line.unitPrice().ore()).with("quantity", line.quantity())
                .withOptional("period", line.period().map(Enum::name)).build();
    }

    private static Map<String, AttributeValue> attestation(Attestation attestation) {
        return nested().with("party", attestation.party()).with("attestant", attestation.attestant().value())
                .with("attestantName", attestation.attestantName()).with("method", attestation.method())
                .with("decision", attestation.decision()).with("at", attestation.at())
                .with("samePersonAsOrderer", attestation.samePersonAsOrderer())
                .with("evidenceReference", attestation.evidenceReference()).build();
    }

    static Order order(Map<String, AttributeValue> item) {
        return new Order(new OrderId(string(item, "id")), new Organisationsnummer(string(item, "organisation")),
                new ServiceId(string(item, "service")), new OfferingId(string(item, "offering")),
                maps(item, "careUnits", unit -> new CareUnit(new HsaId(string(unit, "hsaId")), string(unit, "name"))),
                string(item, "acceptedTermsVersion"), optionalString(item, "submission"),
                maps(item, "priceLines", line -> new PriceLine(enumValue(line, "kind", PriceLineKind.class),
                        string(line, "description"), Money.ofOre(number(line, "unitPriceOre")),
                        integer(line, "quantity"), optionalString(line, "period").map(BillingPeriod::valueOf))),
                bool(item, "addOn"), new UserId(string(item, "orderedBy")), instant(item, "placedAt"),
                instant(item, "attestationDeadline"),
                strings(item, "attestationChain").stream().map(AttestingParty::valueOf).toList(),
                maps(item, "attestations", value -> new Attestation(enumValue(value, "party", AttestingParty.class),
                        new UserId(string(value, "attestant")), string(value, "attestantName"),
                        enumValue(value, "method", AttestationMethod.class),
                        enumValue(value, "decision", AttestationDecision.class), instant(value, "at"),
                        bool(value, "samePersonAsOrderer"), string(value, "evidenceReference"))),
                enumValue(item, VersionedWrites.STATUS, OrderStatus.class), optionalString(item, "rejectionReason"),
                optionalMap(item, "deliveredBy").map(ValueMapping::actor), optionalInstant(item, "deliveredAt"),
                optionalString(item, "accessInstructions"), instant(item, "updatedAt"), number(item, VersionedWrites.VERSION));
    }

    private static VersionedWrites.Subject subject(OrderId id) {
        return new VersionedWrites.Subject("Order", id.value(), Messages.ORDER_NOT_FOUND);
    }
}
