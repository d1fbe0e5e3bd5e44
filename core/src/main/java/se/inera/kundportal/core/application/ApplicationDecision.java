package se.inera.kundportal.core.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Actor;

/**
 * Inera's decision on an application.
 *
 * @param approved        true for approval
 * @param decidedBy       the operator
 * @param decidedAt       when
 * @param rejectionReason the reason told to the applicant; present exactly when rejected
 */
public record ApplicationDecision(boolean approved, Actor decidedBy, Instant decidedAt,
                                  Optional<String> rejectionReason) {
    public ApplicationDecision {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(rejectionReason, "rejectionReason");
        if (approved == rejectionReason.isPresent()) {
            throw new IllegalArgumentException("a rejection needs a reason and an approval has none");
        }
    }
}
