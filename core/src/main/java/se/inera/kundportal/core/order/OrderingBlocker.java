package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.OrderMessages;

/** A reason an organisation cannot order yet, with the Swedish text the portal shows. */
public enum OrderingBlocker {
    AGREEMENT_NOT_SIGNED(OrderMessages.AGREEMENT_NOT_SIGNED),
    NO_ORDERER(OrderMessages.NO_ORDERER),
    NO_ATTESTANT(OrderMessages.NO_ATTESTANT),
    USER_IS_NOT_ORDERER(OrderMessages.USER_IS_NOT_ORDERER);

    private final String message;

    OrderingBlocker(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
