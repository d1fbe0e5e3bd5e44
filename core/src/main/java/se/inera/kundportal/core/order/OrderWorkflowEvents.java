package se.inera.kundportal.core.order;

/**
 * Port: wakes an order's workflow after a person acted. Call it AFTER the conditional write that records the
 * act (the order {@code AWAITING_ATTESTATION → ATTESTED | REJECTED}, {@code ATTESTED → DELIVERED}); the write is
 * what makes a replay act once, this only wakes the waiting workflow, which also sees the stored change by
 * itself on its next round.
 */
public interface OrderWorkflowEvents {

    /** An attestant approved or rejected the order: "Wait For Attestation" continues. */
    void attestationSettled(OrderId order);

    /** Customer service recorded the access instructions: "Wait For Delivery" continues. */
    void delivered(OrderId order);
}
