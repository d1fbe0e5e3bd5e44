package se.inera.kundportal.core.attestation;

/** The attestant's verdict on an order. */
public enum AttestationDecision {
    APPROVED,
    REJECTED
}
