package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.person.MobileNumber;

/** Port: sends a one-time code by SMS. The message names the order so the code is not used blindly. */
public interface OneTimeCodeSender {
    void send(MobileNumber to, String code, OrderId order, String orderSummary);
}
