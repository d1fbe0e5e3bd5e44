package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.OrderMessages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserRepository;

/**
 * Places orders: preconditions, form validation, pricing with add-on detection, storing, audit, and starting the
 * order's workflow (which mails the attestants).
 */
public final class PlaceOrderService implements PlaceOrder {
    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final CatalogueRepository catalogue;
    private final OrderRepository orders;
    private final AuditLog audit;
    private final OrderWorkflowStarter workflow;
    private final Clock clock;
    private final Duration attestationPeriod;

    /** @param attestationPeriod how long an order waits for attestation before it expires */
    public PlaceOrderService(OrganisationRepository organisations, UserRepository users, CatalogueRepository catalogue,
                             OrderRepository orders, AuditLog audit, OrderWorkflowStarter workflow, Clock clock,
                             Duration attestationPeriod) {
        this.organisations = Objects.requireNonNull(organisations);
        this.users = Objects.requireNonNull(users);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.orders = Objects.requireNonNull(orders);
        this.audit = Objects.requireNonNull(audit);
        this.workflow = Objects.requireNonNull(workflow);
        this.clock = Objects.requireNonNull(clock);
        if (attestationPeriod.isNegative() || attestationPeriod.isZero()) {
            throw new IllegalArgumentException("attestation period must be positive");
        }
        this.attestationPeriod = attestationPeriod;
    }

    @Override
    public OrderPrice quote(Organisationsnummer organisation, ServiceId service, OfferingId offering,
                            int careUnitCount) {
        Offering chosen = offering(catalogue.getService(service), offering);
        return OrderPricing.price(chosen, careUnitCount, orders.findByOrganisationAndService(organisation, service));
    }

    @Override
    public PlaceOrderResult place(PlaceOrderCommand command) {
        Organisation organisation = organisations.get(command.organisation());
        OrganisationRoles roles = users.rolesOf(organisation.number());
        OrderingPreconditions.requireMet(organisation, roles, command.orderer());

        Service service = catalogue.getService(serviceId(command.serviceId()));
        Offering offering = offering(service, offeringId(command.offeringId()));
        if (!offering.orderable()) {
            throw ValidationException.of("offeringId", OrderMessages.ORDER_OFFERING_NOT_ORDERABLE);
        }
        List<Order> earlier = orders.findByOrganisationAndService(organisation.number(), service.id());
        boolean addOn = OrderPricing.isAddOn(offering, earlier);
        OrderForm.ValidOrder valid = OrderForm.validate(command, offering, addOn);
        OrderPrice price = OrderPricing.price(offering, valid.careUnits().size(), earlier);

        Instant now = clock.instant();
        Order order = orders.create(Order.placed(OrderId.newId(), organisation.number(), service.id(), offering.id(),
                valid.careUnits(), offering.termsVersion(), price, command.orderer(), now,
                now.plus(attestationPeriod)));
        User orderer = users.get(command.orderer());
        audit.append(AuditRecord.of(now, new Actor(Actor.Kind.CUSTOMER_USER, orderer.id().value(), orderer.name()),
                AuditSubject.of(AuditSubject.Type.ORDER, order.id()), order.version(), organisation.number(),
                "ORDER_PLACED",
                Map.of("offering", offering.id().value(), "addOn", Boolean.toString(addOn),
                        "careUnits", Integer.toString(order.careUnits().size()),
                        "startupFeeOre", Long.toString(order.startupTotal().ore()))));
        // named after the order id: starting it again (a retried request) starts nothing twice
        workflow.startOrderWorkflow(order.id());
        return new PlaceOrderResult(order, valid.warnings());
    }

    private static Offering offering(Service service, OfferingId id) {
        return service.offering(id).orElseThrow(() ->
                NotFoundException.of("Offering", id, OrderMessages.offeringNotInService(service.name())));
    }

    private static ServiceId serviceId(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of("serviceId", OrderMessages.ORDER_CHOOSE_SERVICE);
        }
        try {
            return new ServiceId(raw.strip());
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of("Service", raw, OrderMessages.ORDER_UNKNOWN_SERVICE);
        }
    }

    private static OfferingId offeringId(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of("offeringId", OrderMessages.ORDER_CHOOSE_OFFERING);
        }
        try {
            return new OfferingId(raw.strip());
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of("Offering", raw, OrderMessages.ORDER_UNKNOWN_OFFERING);
        }
    }
}
