package se.inera.kundportal.local.bankid;

/** What the relying party asked for: identification ({@code /auth}) or signing ({@code /sign}). */
public enum OrderType {
    AUTH("Legitimera", "Identification"),
    SIGN("Signera", "Signing");

    private final String actionInSwedish;
    private final String signatureFunctionId;

    OrderType(String actionInSwedish, String signatureFunctionId) {
        this.actionInSwedish = actionInSwedish;
        this.signatureFunctionId = signatureFunctionId;
    }

    /** The verb on the app's confirm button. */
    public String actionInSwedish() {
        return actionInSwedish;
    }

    /** {@code clientInfo/funcId} in the signature document. */
    public String signatureFunctionId() {
        return signatureFunctionId;
    }
}
