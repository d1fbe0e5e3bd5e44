package se.inera.kundportal.local.bankid;

import java.util.Optional;

/** Where an order is, and the {@code hintCode} collect reports for a pending stage. */
public enum OrderStage {
    /** Created; no app has picked it up yet. */
    OUTSTANDING("outstandingTransaction"),
    /** An app has it open but no usable BankID has been chosen yet. */
    STARTED("started"),
    /** The user must scan their passport or ID card ({@code requirement.mrtd}). */
    USER_MRTD("userMrtd"),
    /** The user sees the order and is about to confirm with the security code. */
    USER_SIGN("userSign"),
    COMPLETE(null),
    FAILED(null);

    private final String pendingHintCode;

    OrderStage(String pendingHintCode) {
        this.pendingHintCode = pendingHintCode;
    }

    public boolean isPending() {
        return pendingHintCode != null;
    }

    public Optional<String> pendingHintCode() {
        return Optional.ofNullable(pendingHintCode);
    }
}
