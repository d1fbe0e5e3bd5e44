package se.inera.kundportal.core.agreement;

import java.util.EnumSet;
import java.util.Set;

import se.inera.kundportal.core.common.LifecycleStatus;

/**
 * {@code PENDING_SIGNATURE → SIGNED | EXPIRED}; an expired agreement may be sent again
 * ({@code EXPIRED → PENDING_SIGNATURE}) with a new signing link. An unsigned agreement whose onboarding
 * failed ends {@code FAILED}; its signing link stops working.
 */
public enum AgreementStatus implements LifecycleStatus<AgreementStatus> {
    PENDING_SIGNATURE,
    SIGNED,
    EXPIRED,
    FAILED;

    @Override
    public Set<AgreementStatus> successors() {
        return switch (this) {
            case PENDING_SIGNATURE -> EnumSet.of(SIGNED, EXPIRED, FAILED);
            case EXPIRED -> EnumSet.of(PENDING_SIGNATURE, FAILED);
            case SIGNED, FAILED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }
}
