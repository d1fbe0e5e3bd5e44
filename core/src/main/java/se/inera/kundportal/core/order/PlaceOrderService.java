package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.OrderMessages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.user.RoleCheck;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.validation.Validation;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserRepository;

/**
 * Places orders: preconditions, form validation, pricing with add-on detection, storing, audit, and starting the
 * order's workflow (which mails the attestants).
 */
public final class PlaceOrderService implements PlaceOrder {
    /** The header (and error field) that makes a double submit one order. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final RoleCheck roles;
    private final CatalogueRepository catalogue;
    private final OrderRepository orders;
    private final AuditLog audit;
    private final OrderWorkflowStarter workflow;
    private final Clock clock;
    private final Duration attestationPeriod;

    /** @param attestationPeriod how long an order waits for attestation before it expires */
    public PlaceOrderService(OrganisationRepository organisations, UserRepository users, RoleCheck roles,
                             CatalogueRepository catalogue,
                             OrderRepository orders, AuditLog audit, OrderWorkflowStarter workflow, Clock clock,
                             Duration attestationPeriod) {
        this.organisations = Objects.requireNonNull(organisations);
        this.users = Objects.requireNonNull(users);
        this.roles = Objects.requireNonNull(roles);
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
    public List<Service> catalogue() {
        return catalogue.findAllServices();
    }

    @Override
    public OrderPrice quote(SignedIn caller, Organisationsnummer organisation, String serviceId, String offeringId,
                            List<PlaceOrderCommand.CareUnitInput> careUnits) {
        roles.requireRole(caller, organisation, Role.ORDERER);
        Chosen chosen = chosen(serviceId, offeringId);
        OrderForm.checkCareUnits(careUnits, organisation);
        return OrderPricing.price(chosen.offering(), careUnits.size(),
                orders.findByOrganisationAndService(organisation, chosen.service().id()));
    }

    @Override
    public PlaceOrderResult place(SignedIn caller, Organisationsnummer organisation, OrderRequest request,
                                  Optional<String> idempotencyKey) {
        UserId orderer = new UserId(roles.requireRole(caller, organisation, Role.ORDERER).id());
        OrderId id = idempotencyKey.map(key -> OrderId.forSubmit(organisation, orderer, idempotencyKey(key)))
                .orElseGet(OrderId::newId);
        PlaceOrderCommand command = request.by(organisation, orderer);
        Optional<Order> placedBefore = orders.findById(id);
        if (placedBefore.isPresent()) {
            // a double submit: the first one's order, finished as the first submit would have (both steps are once-only)
            return new PlaceOrderResult(recordPlaced(sameSubmission(placedBefore.get(), command)), List.of());
        }
        return place(command, id);
    }

    /** The order placed under an Idempotency-Key, if {@code command} is the form it was placed from; else 409. */
    private static Order sameSubmission(Order placed, PlaceOrderCommand command) {
        if (placed.submission().isPresent() && !placed.submission().get().equals(command.canonicalHash())) {
            throw new ConflictException(OrderMessages.IDEMPOTENCY_KEY_REUSED);
        }
        return placed;
    }

    @Override
    public Page<Order> orders(SignedIn caller, Organisationsnummer organisation, PageRequest page) {
        roles.requireRole(caller, organisation, Role.ORDERER);
        return orders.findByOrganisation(organisation, page);
    }

    @Override
    public Order order(SignedIn caller, Organisationsnummer organisation, String orderId) {
        roles.requireRole(caller, organisation, Role.ORDERER);
        Optional<Order> found;
        try {
            found = orders.findById(new OrderId(orderId));
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        return found.filter(o -> o.organisation().equals(organisation))
                .orElseThrow(() -> NotFoundException.of("Order", orderId, Messages.ORDER_NOT_FOUND));
    }

    @Override
    public PlaceOrderResult place(PlaceOrderCommand command, OrderId id) {
        Organisation organisation = organisations.get(command.organisation());
        OrganisationRoles roles = users.rolesOf(organisation.number());
        OrderingPreconditions.requireMet(organisation, roles, command.orderer());

        Chosen chosen = chosen(command.serviceId(), command.offeringId());
        Service service = chosen.service();
        Offering offering = chosen.offering();
        if (!offering.orderable()) {
            throw ValidationException.of("offeringId", OrderMessages.ORDER_OFFERING_NOT_ORDERABLE);
        }
        // This submit's own order is never an earlier one: the same submit sent twice at once may find the other
        // one's order here (stored after this one looked it up by id), and must not count it as an add-on.
        List<Order> earlier = orders.findByOrganisationAndService(organisation.number(), service.id()).stream()
                .filter(placed -> !placed.id().equals(id)).toList();
        boolean addOn = OrderPricing.isAddOn(offering, earlier);
        OrderForm.ValidOrder valid = OrderForm.validate(command, offering, addOn);
        OrderPrice price = OrderPricing.price(offering, valid.careUnits().size(), earlier);

        Instant now = clock.instant();
        Order order;
        try {
            order = orders.create(Order.placed(id, organisation.number(), service.id(), offering.id(),
                    valid.careUnits(), offering.termsVersion(), price, command.orderer(), now,
                    now.plus(attestationPeriod)).withSubmission(command.canonicalHash()));
        } catch (AlreadyExistsException raced) {
            // the same submit twice at once: the other one stored it (a different form under the key: 409)
            return new PlaceOrderResult(recordPlaced(sameSubmission(orders.get(id), command)), List.of());
        }
        return new PlaceOrderResult(recordPlaced(order), valid.warnings());
    }

    /** Audits the placed order and starts its workflow; both are once-only, so a retried submit may do it again. */
    private Order recordPlaced(Order order) {
        User orderer = users.get(order.orderedBy());
        audit.append(AuditRecord.of(order.placedAt(),
                new Actor(Actor.Kind.CUSTOMER_USER, orderer.id().value(), orderer.name()),
                AuditSubject.of(AuditSubject.Type.ORDER, order.id()), 1, order.organisation(), "ORDER_PLACED",
                Map.of("offering", order.offering().value(), "addOn", Boolean.toString(order.addOn()),
                        "careUnits", Integer.toString(order.careUnits().size()),
                        "startupFeeOre", Long.toString(order.startupTotal().ore()),
                        "termsVersion", order.acceptedTermsVersion())));
        // named after the order id: starting it again (a retried request) starts nothing twice
        workflow.startOrderWorkflow(order.id());
        return order;
    }

    private static String idempotencyKey(String raw) {
        String key = raw.strip();
        if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw ValidationException.of(IDEMPOTENCY_KEY_HEADER, OrderMessages.idempotencyKeyInvalid(
                    MAX_IDEMPOTENCY_KEY_LENGTH));
        }
        return key;
    }

    /** The service and offering a form names. */
    private record Chosen(Service service, Offering offering) {
    }

    /**
     * The service and offering the form chose. Both missing are reported together; an id the catalogue does not
     * have is the form's field error (400), like any other wrong value in it.
     */
    private Chosen chosen(String serviceId, String offeringId) {
        Validation v = new Validation();
        v.check(serviceId != null && !serviceId.isBlank(), "serviceId", OrderMessages.ORDER_CHOOSE_SERVICE);
        v.check(offeringId != null && !offeringId.isBlank(), "offeringId", OrderMessages.ORDER_CHOOSE_OFFERING);
        v.throwIfInvalid();
        Service service = parse(serviceId, ServiceId::new).flatMap(catalogue::findService)
                .orElseThrow(() -> ValidationException.of("serviceId", OrderMessages.ORDER_UNKNOWN_SERVICE));
        Offering offering = parse(offeringId, OfferingId::new).flatMap(service::offering)
                .orElseThrow(() -> ValidationException.of("offeringId",
                        OrderMessages.offeringNotInService(service.name())));
        return new Chosen(service, offering);
    }

    /** The id, or empty when {@code raw} cannot be one (it then names nothing in the catalogue). */
    private static <T> Optional<T> parse(String raw, java.util.function.Function<String, T> id) {
        try {
            return Optional.of(id.apply(raw.strip()));
        } catch (IllegalArgumentException impossible) {
            return Optional.empty();
        }
    }
}
