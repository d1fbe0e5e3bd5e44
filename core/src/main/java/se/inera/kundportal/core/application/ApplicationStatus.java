package se.inera.kundportal.core.application;

import java.util.EnumSet;
import java.util.Set;

import se.inera.kundportal.core.common.LifecycleStatus;

/**
 * The lifecycle of a customer application:
 * {@code SUBMITTED → APPROVED | REJECTED}; {@code APPROVED → AWAITING_SIGNATURE} (agreement
 * mailed to the signatory) {@code → COMPLETED} (signed) or {@code → SIGNATURE_EXPIRED}, from
 * which Inera may send a new signing link ({@code → AWAITING_SIGNATURE}).
 */
public enum ApplicationStatus implements LifecycleStatus<ApplicationStatus> {
    SUBMITTED,
    APPROVED,
    REJECTED,
    AWAITING_SIGNATURE,
    SIGNATURE_EXPIRED,
    COMPLETED;

    @Override
    public Set<ApplicationStatus> successors() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(AWAITING_SIGNATURE);
            case AWAITING_SIGNATURE -> EnumSet.of(COMPLETED, SIGNATURE_EXPIRED);
            case SIGNATURE_EXPIRED -> EnumSet.of(AWAITING_SIGNATURE);
            case REJECTED, COMPLETED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }
}
