package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/** Port: where orders are kept. Versions and transitions follow {@code Versioned}. */
public interface OrderRepository {

    /**
     * Stores a new order (version 0 in, 1 out). Throws {@link NotFoundException} if the order's
     * organisation is not registered (checked in the same write), and
     * {@link se.inera.kundportal.core.error.AlreadyExistsException} if the id exists.
     */
    Order create(Order order);

    Optional<Order> findById(OrderId id);

    default Order get(OrderId id) {
        return findById(id).orElseThrow(() -> NotFoundException.of("Order", id, Messages.ORDER_NOT_FOUND));
    }

    /** An organisation's orders, newest placed first. */
    Page<Order> findByOrganisation(Organisationsnummer organisation, PageRequest page);

    /** The operator's view: orders with {@code status}, newest placed first. */
    Page<Order> findByStatus(OrderStatus status, PageRequest page);

    /** Every order of the organisation for one service (for add-on detection), newest first. */
    default List<Order> findByOrganisationAndService(Organisationsnummer organisation, ServiceId service) {
        List<Order> result = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Order> page = findByOrganisation(organisation, request);
            page.items().stream().filter(o -> o.service().equals(service)).forEach(result::add);
            if (page.nextCursor().isEmpty()) {
                return result;
            }
            request = request.next(page.nextCursor().get());
        }
    }

    /** Optimistic update; {@link se.inera.kundportal.core.error.StaleVersionException} on a stale version. */
    Order update(Order order);

    /**
     * Stores {@code changed} only if the stored status is {@code expectedFrom}; otherwise
     * {@link se.inera.kundportal.core.error.UnexpectedStatusException} with the actual status.
     * Attestation relies on this: the write {@code AWAITING_ATTESTATION → ATTESTED} happens before
     * the workflow is resumed, so a double click or a replay attests once.
     */
    Order transition(Order changed, OrderStatus expectedFrom);

    /** A status-only move, e.g. {@code ATTESTED → DELIVERED} by a workflow step. */
    default Order transition(OrderId id, OrderStatus expectedFrom, OrderStatus to, Instant at) {
        if (!expectedFrom.canMoveTo(to)) {
            throw new IllegalArgumentException(expectedFrom + " cannot move to " + to);
        }
        return transition(get(id).withStatus(to, at), expectedFrom);
    }
}
