package se.inera.kundportal.core.order;

/**
 * Whose attestant attests. Today only the customer's; an order placed through an agent (ombud)
 * needs the agent's attestation first and the customer's last, which the order's attestation
 * chain expresses.
 */
public enum AttestingParty {
    AGENT,
    CUSTOMER
}
