package se.inera.kundportal.core.user;

import java.util.Optional;
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

    /** An id from a request (a path parameter); empty unless it is a safe id. */
    public static Optional<UserId> parse(String raw) {
        try {
            return Optional.of(new UserId(raw));
        } catch (RuntimeException unsafe) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
