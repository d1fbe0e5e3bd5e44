package se.inera.kundportal.core.agreement;

import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.common.Actor;

/**
 * Inera registered a Kundavtal 2 the customer signed earlier, outside the portal.
 *
 * @param registeredBy the operator
 * @param signedAt     when the original agreement was signed (as the operator states it)
 * @param reference    Inera's reference to the original (e.g. diarienummer)
 */
public record RegisteredExistingAgreement(Actor registeredBy, Instant signedAt, String reference)
        implements SigningEvidence {
    public RegisteredExistingAgreement {
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(reference, "reference");
    }
}
