package se.inera.kundportal.core.user;

import java.util.UUID;

import se.inera.kundportal.core.common.Ids;

/** Identifies a person with portal access (e.g. the identity provider's subject). */
public record UserId(String value) {
    public UserId {
        Ids.requireSafe(value, "user id");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
