package se.inera.kundportal.core.application;

import java.util.UUID;

import se.inera.kundportal.core.common.Ids;

/** Identifies a customer application (kundansökan). */
public record ApplicationId(String value) {
    public ApplicationId {
        Ids.requireSafe(value, "application id");
    }

    public static ApplicationId newId() {
        return new ApplicationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
