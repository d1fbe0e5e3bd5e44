package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.OrderMessages;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Authorisation;
import se.inera.kundportal.core.error.ValidationException;

/**
 * Records that customer service contacted the customer ({@code ATTESTED → DELIVERED}) with the access
 * instructions, then wakes the order's workflow, whose "Send Access Instructions" mails them.
 */
public final class MarkOrderDeliveredService implements MarkOrderDelivered {
    /** What one mail can carry readably; the API documents the same limit. */
    public static final int MAX_INSTRUCTIONS = 4000;
    private static final System.Logger LOG = System.getLogger(MarkOrderDeliveredService.class.getName());

    private final OrderRepository orders;
    private final AuditLog audit;
    private final OrderWorkflowEvents workflow;
    private final Clock clock;

    public MarkOrderDeliveredService(OrderRepository orders, AuditLog audit, OrderWorkflowEvents workflow,
                                     Clock clock) {
        this.orders = Objects.requireNonNull(orders);
        this.audit = Objects.requireNonNull(audit);
        this.workflow = Objects.requireNonNull(workflow);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Order markDelivered(MarkDeliveredCommand command) {
        Authorisation.requireOperator(command.operator());
        if (command.accessInstructions().isBlank()) {
            throw ValidationException.of("accessInstructions", OrderMessages.DELIVERY_NEEDS_INSTRUCTIONS);
        }
        if (command.accessInstructions().length() > MAX_INSTRUCTIONS) {
            throw ValidationException.of("accessInstructions", OrderMessages.tooLong(MAX_INSTRUCTIONS));
        }
        Order order = orders.get(command.order());
        Order delivered = orders.transition(order.markDelivered(command.operator(), command.accessInstructions(),
                clock.instant()), OrderStatus.ATTESTED);
        audit.append(AuditRecord.of(delivered.updatedAt(), command.operator(),
                AuditSubject.of(AuditSubject.Type.ORDER, order.id()), delivered.version(), order.organisation(),
                "ORDER_DELIVERED", Map.of("from", order.status().name(), "to", delivered.status().name())));
        try {
            workflow.delivered(order.id());
        } catch (RuntimeException e) {
            // the delivery is stored: the workflow's next park of "Wait For Delivery" sees it
            LOG.log(System.Logger.Level.WARNING, "Could not wake the workflow of order " + order.id(), e);
        }
        return delivered;
    }
}
