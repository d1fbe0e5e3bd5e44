package se.inera.kundportal.core.order;

import java.nio.charset.StandardCharsets;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;

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

    /**
     * The id of the order a submit with this idempotency key places: the same orderer sending the same key for the
     * same organisation again names the same order, so the store's create-if-absent makes a double submit one order.
     */
    public static OrderId forSubmit(Organisationsnummer organisation, UserId orderer, String idempotencyKey) {
        String scoped = organisation.value() + "|" + orderer.value() + "|" + idempotencyKey;
        return new OrderId(UUID.nameUUIDFromBytes(scoped.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
