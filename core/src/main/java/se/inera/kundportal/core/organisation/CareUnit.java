package se.inera.kundportal.core.organisation;

import java.util.Objects;

/**
 * Vårdenhet: a care unit to connect to a service, identified by its HSA-id.
 *
 * @param hsaId the unit's HSA-id
 * @param name  the unit's name as the orderer wrote it
 */
public record CareUnit(HsaId hsaId, String name) {
    public CareUnit {
        Objects.requireNonNull(hsaId, "hsaId");
        Objects.requireNonNull(name, "name");
    }
}
