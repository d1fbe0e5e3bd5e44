package se.inera.kundportal.core.order;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Authorisation;
import se.inera.kundportal.core.error.ValidationException;

/**
 * Records that customer service contacted the customer ({@code ATTESTED → DELIVERED}). Mailing the
 * access instructions is the caller's next step, after this write succeeded.
 */
public final class MarkOrderDeliveredService implements MarkOrderDelivered {
    private final OrderRepository orders;
    private final AuditLog audit;
    private final Clock clock;

    public MarkOrderDeliveredService(OrderRepository orders, AuditLog audit, Clock clock) {
        this.orders = Objects.requireNonNull(orders);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Order markDelivered(MarkDeliveredCommand command) {
        Authorisation.requireOperator(command.operator());
        if (command.accessInstructions().isBlank()) {
            throw ValidationException.of("accessInstructions", "Skriv instruktionerna för hur kunden får tillgång.");
        }
        Order order = orders.get(command.order());
        Order delivered = orders.transition(order.markDelivered(command.operator(), clock.instant()),
                OrderStatus.ATTESTED);
        audit.append(AuditRecord.of(delivered.updatedAt(), command.operator(),
                AuditSubject.of(AuditSubject.Type.ORDER, order.id()), delivered.version(), order.organisation(),
                "ORDER_DELIVERED", Map.of("from", order.status().name(), "to", delivered.status().name())));
        return delivered;
    }
}
