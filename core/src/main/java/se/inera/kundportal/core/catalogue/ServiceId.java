package se.inera.kundportal.core.catalogue;

import se.inera.kundportal.core.common.Ids;

/** Identifies a service in the catalogue by a stable slug, e.g. {@code 1177-journal}. */
public record ServiceId(String value) {
    public ServiceId {
        Ids.requireSafe(value, "service id");
    }

    @Override
    public String toString() {
        return value;
    }
}
