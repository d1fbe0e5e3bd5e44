package se.inera.kundportal.functions.ordering;

import java.time.Instant;
import java.util.List;

import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.order.Attestation;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderPrice;
import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.order.PriceLine;

/** What the ordering routes return, as JSON, built from the domain records; amounts in öre. */
final class OrderingViews {
    private OrderingViews() {
    }

    record CatalogueView(List<ServiceView> services) {
        static CatalogueView of(List<Service> services) {
            return new CatalogueView(services.stream().map(ServiceView::of).toList());
        }
    }

    record ServiceView(String serviceId, String name, String description, List<String> requiredServices,
                       List<OfferingView> offerings) {
        static ServiceView of(Service service) {
            return new ServiceView(service.id().value(), service.name(), service.description(),
                    service.requiredServices().stream().map(ServiceId::value).toList(),
                    service.offerings().stream().map(OfferingView::of).toList());
        }
    }

    record OfferingView(String offeringId, String name, String description, boolean requiresCareUnits,
                        boolean firstOrderListsAllCareUnits, long startupFeeOre, long recurringFeeOre,
                        String period, String feeBasis, boolean examplePrices, String termsVersion,
                        boolean orderable) {
        static OfferingView of(Offering offering) {
            var fees = offering.fees();
            return new OfferingView(offering.id().value(), offering.name(), offering.description(),
                    offering.requiresCareUnits(), offering.firstOrderListsAllCareUnits(), fees.startupFee().ore(),
                    fees.recurringFee().ore(), fees.period().name(), fees.basis().name(), fees.examplePrices(),
                    offering.termsVersion(), offering.orderable());
        }
    }

    record Line(String kind, String description, long unitPriceOre, int quantity, long totalOre, String period) {
        static Line of(PriceLine line) {
            return new Line(line.kind().name(), line.description(), line.unitPrice().ore(), line.quantity(),
                    line.total().ore(), line.period().map(Enum::name).orElse(null));
        }
    }

    /** The price before sending; {@code addOnWarning} is set exactly when the order would be an add-on. */
    record QuoteView(List<Line> lines, long oneOffTotalOre, long recurringTotalOre, boolean addOn,
                     String addOnWarning) {
        static QuoteView of(OrderPrice price) {
            return new QuoteView(price.lines().stream().map(Line::of).toList(), price.oneOffTotal().ore(),
                    price.recurringTotal().ore(), price.addOn(), price.addOnWarning().orElse(null));
        }
    }

    record AttestationView(String attestantName, String decision, Instant at) {
        static AttestationView of(Attestation attestation) {
            return new AttestationView(attestation.attestantName(), attestation.decision().name(), attestation.at());
        }
    }

    record OrderView(String orderId, String status, String serviceId, String offeringId, List<CareUnitView> careUnits,
                     String acceptedTermsVersion, List<Line> lines, long startupTotalOre, long recurringTotalOre,
                     boolean addOn, Instant placedAt, Instant expiresAt, List<AttestationView> attestations,
                     String rejectionReason, Instant deliveredAt) {
        static OrderView of(Order order) {
            return new OrderView(order.id().value(), order.status().name(), order.service().value(),
                    order.offering().value(),
                    order.careUnits().stream().map(u -> new CareUnitView(u.hsaId().value(), u.name())).toList(),
                    order.acceptedTermsVersion(), order.priceLines().stream().map(Line::of).toList(),
                    order.startupTotal().ore(), order.recurringTotal().ore(), order.addOn(), order.placedAt(),
                    order.expiresAt(), order.attestations().stream().map(AttestationView::of).toList(),
                    order.rejectionReason().orElse(null), order.deliveredAt().orElse(null));
        }
    }

    record CareUnitView(String hsaId, String name) {
    }

    record OrderPage(List<OrderView> items, String nextCursor) {
        static OrderPage of(Page<Order> page) {
            return new OrderPage(page.items().stream().map(OrderView::of).toList(), page.nextCursor().orElse(null));
        }
    }

    record Placed(OrderView order, List<FieldError> warnings) {
        static Placed of(PlaceOrder.PlaceOrderResult result) {
            return new Placed(OrderView.of(result.order()), result.warnings());
        }
    }
}
