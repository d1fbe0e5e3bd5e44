package se.inera.kundportal.core.order;

/** The attestant's verdict on an order. */
public enum AttestationDecision {
    APPROVED,
    REJECTED
}
