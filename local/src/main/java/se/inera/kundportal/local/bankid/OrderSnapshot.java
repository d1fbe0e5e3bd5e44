package se.inera.kundportal.local.bankid;

import java.time.Instant;
import java.util.Optional;

/**
 * What the simulated app may show of an order at one moment (never the qrStartSecret).
 *
 * @param hintCode the pending or failure hint code; empty when complete
 * @param person   the BankID holder who picked the order, once chosen
 */
public record OrderSnapshot(
        String orderRef,
        String autoStartToken,
        OrderRequest request,
        Instant createdAt,
        OrderStage stage,
        Optional<String> hintCode,
        Optional<TestPerson> person) {

    public OrderType type() {
        return request.type();
    }
}
