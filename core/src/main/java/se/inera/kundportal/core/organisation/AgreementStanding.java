package se.inera.kundportal.core.organisation;

/** Where an organisation stands with its customer agreement (Kundavtal 2). */
public enum AgreementStanding {
    /** Approved customer, agreement sent to the signatory but not yet signed. Nothing can be ordered. */
    AWAITING_SIGNATURE,
    /** Kundavtal 2 is signed (or was registered as already signed). Ordering is possible. */
    SIGNED,
    /** The signing link expired unsigned; Inera must send a new one. */
    SIGNATURE_EXPIRED;

    public boolean allowsOrdering() {
        return this == SIGNED;
    }
}
