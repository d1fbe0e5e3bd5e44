package se.inera.kundportal.core.application;

import java.util.EnumSet;
import java.util.Set;

import se.inera.kundportal.core.common.LifecycleStatus;

/**
 * The lifecycle of a customer application:
 * {@code SUBMITTED → APPROVED | REJECTED}; {@code APPROVED → AWAITING_SIGNATURE} (agreement
 * mailed to the signatory) {@code → COMPLETED} (signed) or {@code → SIGNATURE_EXPIRED}, from
 * which Inera may send a new signing link ({@code → AWAITING_SIGNATURE}). An onboarding whose workflow
 * failed ends {@code FAILED} from any open status. {@code REJECTED}, {@code FAILED} and {@code COMPLETED}
 * are terminal: the application no longer holds its organisation, which may apply again (unless it is a
 * customer by then).
 */
public enum ApplicationStatus implements LifecycleStatus<ApplicationStatus> {
    SUBMITTED,
    APPROVED,
    REJECTED,
    AWAITING_SIGNATURE,
    SIGNATURE_EXPIRED,
    COMPLETED,
    FAILED;

    @Override
    public Set<ApplicationStatus> successors() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, FAILED);
            case APPROVED -> EnumSet.of(AWAITING_SIGNATURE, FAILED);
            case AWAITING_SIGNATURE -> EnumSet.of(COMPLETED, SIGNATURE_EXPIRED, FAILED);
            case SIGNATURE_EXPIRED -> EnumSet.of(AWAITING_SIGNATURE, FAILED);
            case REJECTED, COMPLETED, FAILED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** Ended for good: the application no longer holds its organisation. */
    public boolean isTerminal() {
        return successors().isEmpty();
    }
}
