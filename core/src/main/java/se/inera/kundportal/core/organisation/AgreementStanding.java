package se.inera.kundportal.core.organisation;

/** Where an organisation stands with its customer agreement (Kundavtal 2). */
public enum AgreementStanding {
    /** Approved customer, agreement sent to the signatory but not yet signed. Nothing can be ordered. */
    AWAITING_SIGNATURE,
    /** Kundavtal 2 is signed (or was registered as already signed). Ordering is possible. */
    SIGNED,
    /** The signing link expired unsigned; Inera must send a new one. */
    SIGNATURE_EXPIRED,
    /**
     * Its onboarding failed before the agreement was signed: not a customer, and it may apply again (a new
     * onboarding takes the organisation over).
     */
    ONBOARDING_FAILED;

    /** A customer, or on its way to becoming one: a new application is refused. */
    public boolean isCustomer() {
        return this != ONBOARDING_FAILED;
    }

    public boolean allowsOrdering() {
        return this == SIGNED;
    }
}
