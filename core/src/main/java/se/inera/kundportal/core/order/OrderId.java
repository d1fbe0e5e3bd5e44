package se.inera.kundportal.core.order;

import java.util.UUID;

import se.inera.kundportal.core.common.Ids;

/** Identifies an order (beställning). */
public record OrderId(String value) {
    public OrderId {
        Ids.requireSafe(value, "order id");
    }

    public static OrderId newId() {
        return new OrderId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
