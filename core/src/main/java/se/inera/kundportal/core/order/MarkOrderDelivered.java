package se.inera.kundportal.core.order;

import java.util.Objects;

import se.inera.kundportal.core.common.Actor;

/**
 * Use case: Inera customer service records that it contacted the customer with instructions for
 * access to the attested order (step 7); the instructions are mailed.
 */
public interface MarkOrderDelivered {

    /** @throws se.inera.kundportal.core.error.UnexpectedStatusException unless the order is ATTESTED */
    Order markDelivered(MarkDeliveredCommand command);

    record MarkDeliveredCommand(OrderId order, Actor operator, String accessInstructions) {
        public MarkDeliveredCommand {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(accessInstructions, "accessInstructions");
        }
    }
}
