package se.inera.kundportal.core.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.order.OrderWorkflowEvents;

/**
 * The order workflow's two waits for a person, through the one {@link Rendezvous}: "Wait For Attestation" (an
 * attestant approves or rejects through the mailed link) and "Wait For Delivery" (customer service records the
 * access instructions). The workflow side parks once per reminder interval or until the deadline
 * ({@link #awaitAttestation}, {@link #awaitDelivery}), and a lost wake-up is healed by the sweeper from
 * {@link #awaitedEvents}; the person side is {@link OrderWorkflowEvents}, called by
 * the use cases after their conditional write.
 */
public final class OrderWaits implements OrderWorkflowEvents {
    private final OrderRepository orders;
    private final Rendezvous rendezvous;
    private final AwaitedEvent.Source attestations;
    private final AwaitedEvent.Source deliveries;

    public OrderWaits(OrderRepository orders, Rendezvous rendezvous) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.rendezvous = Objects.requireNonNull(rendezvous, "rendezvous");
        this.attestations = new AwaitedEvent.Source(CallbackKey.Kind.ORDER_ATTESTATION,
                order -> AttestationResult.of(orders.get(new OrderId(order))));
        this.deliveries = new AwaitedEvent.Source(CallbackKey.Kind.ORDER_DELIVERY,
                order -> DeliveryResult.of(orders.get(new OrderId(order))));
    }

    /** What "Wait For Attestation" resumes with: {@code ATTESTED} or {@code REJECTED} (with the reason). */
    public record AttestationResult(String orderId, String outcome, String rejectionReason) {
        static Optional<AttestationResult> of(Order order) {
            return switch (order.status()) {
                case ATTESTED, DELIVERED -> Optional.of(new AttestationResult(order.id().value(),
                        OrderStatus.ATTESTED.name(), null));
                case REJECTED -> Optional.of(new AttestationResult(order.id().value(), OrderStatus.REJECTED.name(),
                        order.rejectionReason().orElse("")));
                case AWAITING_ATTESTATION, EXPIRED -> Optional.empty();
            };
        }
    }

    /** What "Wait For Delivery" resumes with. */
    public record DeliveryResult(String orderId, boolean delivered) {
        static Optional<DeliveryResult> of(Order order) {
            return order.status() == OrderStatus.DELIVERED
                    ? Optional.of(new DeliveryResult(order.id().value(), true)) : Optional.empty();
        }
    }

    /** How the sweeper ({@link Rendezvous#heal}) tells that the order's waits are over. */
    public List<AwaitedEvent.Source> awaitedEvents() {
        return List.of(attestations, deliveries);
    }

    /**
     * One park of "Wait For Attestation", until the next reminder or the deadline.
     *
     * @throws se.inera.kundportal.core.error.NotFoundException if there is no such order
     */
    public ParkedWait awaitAttestation(OrderId order, String taskToken, Duration until) {
        return rendezvous.await(attestations.of(order.value()), taskToken, until);
    }

    /** One park of "Wait For Delivery". */
    public ParkedWait awaitDelivery(OrderId order, String taskToken, Duration until) {
        return rendezvous.await(deliveries.of(order.value()), taskToken, until);
    }

    @Override
    public void attestationSettled(OrderId order) {
        AttestationResult.of(orders.get(order))
                .ifPresent(result -> rendezvous.wake(CallbackKey.attestationOf(order), result));
    }

    @Override
    public void delivered(OrderId order) {
        DeliveryResult.of(orders.get(order)).ifPresent(result -> rendezvous.wake(CallbackKey.deliveryOf(order), result));
    }
}
