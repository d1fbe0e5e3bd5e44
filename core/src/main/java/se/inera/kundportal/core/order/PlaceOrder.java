package se.inera.kundportal.core.order;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.SignedIn;

/**
 * Use case: a Beställare orders an offering (step 5); the order then waits for attestation. Every call of a signed-in
 * person reads their roles at the request: an organisation they have no role in is unknown (404), one where they
 * are not a Beställare refuses (403).
 */
public interface PlaceOrder {

    /** The catalogue the order form starts from: every service with its offerings and fees, by name. */
    List<Service> catalogue();

    /**
     * What the order form shows before sending: the price lines and whether this is an add-on order (then the form
     * warns that another start-up fee applies).
     *
     * @throws se.inera.kundportal.core.error.ValidationException when no service or offering is chosen, one of them is
     *         not in the catalogue, or a care unit is invalid (its HSA-id or name, listed twice, too many), as the
     *         order itself would be refused for
     */
    OrderPrice quote(SignedIn caller, Organisationsnummer organisation, String serviceId, String offeringId,
                     List<PlaceOrderCommand.CareUnitInput> careUnits);

    /**
     * Sends the signed-in Beställare's order. The same {@code idempotencyKey} sent again by the same orderer for the
     * same organisation answers the order the first submit placed, without placing another.
     *
     * @throws se.inera.kundportal.core.error.NotAllowedException with the routine's reasons if the agreement is
     *         unsigned, the organisation lacks an Attestant, or the caller is not a Beställare
     * @throws se.inera.kundportal.core.error.ValidationException with every invalid field
     */
    PlaceOrderResult place(SignedIn caller, Organisationsnummer organisation, OrderRequest request,
                           Optional<String> idempotencyKey);

    /**
     * Places an order for an orderer already known to be one, under {@code id}; the step after {@link #place(SignedIn,
     * Organisationsnummer, OrderRequest, Optional)} has found who calls.
     *
     * @throws se.inera.kundportal.core.error.NotAllowedException if the agreement is unsigned, the
     *         organisation lacks an Orderer or an Attestant, or the orderer is not an Orderer
     * @throws se.inera.kundportal.core.error.ValidationException  with every invalid field
     * @throws se.inera.kundportal.core.error.NotFoundException    if the organisation is unknown
     */
    PlaceOrderResult place(PlaceOrderCommand command, OrderId id);

    /** {@link #place(PlaceOrderCommand, OrderId)} under a new id. */
    default PlaceOrderResult place(PlaceOrderCommand command) {
        return place(command, OrderId.newId());
    }

    /** The organisation's orders for a Beställare, newest first. */
    Page<Order> orders(SignedIn caller, Organisationsnummer organisation, PageRequest page);

    /** One of the organisation's orders for a Beställare; another organisation's order is unknown (404). */
    Order order(SignedIn caller, Organisationsnummer organisation, String orderId);

    /** The stored order and any warnings worth showing (they did not stop the order). */
    record PlaceOrderResult(Order order, List<FieldError> warnings) {
        public PlaceOrderResult {
            warnings = List.copyOf(warnings);
        }
    }
}
