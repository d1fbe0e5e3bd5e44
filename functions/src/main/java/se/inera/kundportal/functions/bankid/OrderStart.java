package se.inera.kundportal.functions.bankid;

import java.util.Objects;

/**
 * BankID's answer to {@code /sign}. {@code qrStartSecret} stays on the server: it keys the
 * animated QR code ({@link AnimatedQrCode}) and must never be sent to the browser.
 */
public record OrderStart(String orderRef, String autoStartToken, String qrStartToken, String qrStartSecret) {
    public OrderStart {
        Objects.requireNonNull(orderRef, "orderRef");
        Objects.requireNonNull(autoStartToken, "autoStartToken");
        Objects.requireNonNull(qrStartToken, "qrStartToken");
        Objects.requireNonNull(qrStartSecret, "qrStartSecret");
    }

    @Override
    public String toString() {
        return "OrderStart[orderRef=" + orderRef + "]";
    }
}
