package se.inera.kundportal.core.order;

import java.util.List;

import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.error.FieldError;

/** Use case: a Beställare orders an offering (step 5); the order then waits for attestation. */
public interface PlaceOrder {

    /**
     * What the order form shows before sending: the price lines and whether this is an add-on
     * order (then the form must warn that another start-up fee applies).
     */
    OrderPrice quote(Organisationsnummer organisation, ServiceId service, OfferingId offering, int careUnitCount);

    /**
     * @throws se.inera.kundportal.core.error.NotAllowedException if the agreement is unsigned, the
     *         organisation lacks an Orderer or an Attestant, or the caller is not an Orderer
     * @throws se.inera.kundportal.core.error.ValidationException  with every invalid field
     * @throws se.inera.kundportal.core.error.NotFoundException    if the organisation is unknown
     */
    PlaceOrderResult place(PlaceOrderCommand command);

    /** The stored order and any warnings worth showing (they did not stop the order). */
    record PlaceOrderResult(Order order, List<FieldError> warnings) {
        public PlaceOrderResult {
            warnings = List.copyOf(warnings);
        }
    }
}
