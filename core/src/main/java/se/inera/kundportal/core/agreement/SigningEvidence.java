package se.inera.kundportal.core.agreement;

import java.time.Instant;

/**
 * Proof that an agreement is signed, kept for audit: either a BankID signature made in the
 * portal, or Inera's registration of an agreement the customer already had.
 */
public sealed interface SigningEvidence permits BankIdSignature, RegisteredExistingAgreement {
    Instant signedAt();
}
