package se.inera.kundportal.core.order;

import java.util.EnumSet;
import java.util.Set;

import se.inera.kundportal.core.common.LifecycleStatus;

/**
 * {@code AWAITING_ATTESTATION → ATTESTED | REJECTED | EXPIRED}; {@code ATTESTED → DELIVERED}
 * once Inera customer service has contacted the customer with access instructions.
 */
public enum OrderStatus implements LifecycleStatus<OrderStatus> {
    AWAITING_ATTESTATION,
    ATTESTED,
    REJECTED,
    EXPIRED,
    DELIVERED;

    @Override
    public Set<OrderStatus> successors() {
        return switch (this) {
            case AWAITING_ATTESTATION -> EnumSet.of(ATTESTED, REJECTED, EXPIRED);
            case ATTESTED -> EnumSet.of(DELIVERED);
            case REJECTED, EXPIRED, DELIVERED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Orders that count as "the organisation has (or will have) this service". */
    public boolean isLive() {
        return this == AWAITING_ATTESTATION || this == ATTESTED || this == DELIVERED;
    }
}
