package se.inera.kundportal.core.user;

import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/** One role of one user in one organisation, with who gave it and when. */
public record RoleAssignment(Organisationsnummer organisation, UserId user, Role role, Actor assignedBy,
                             Instant assignedAt) {
    public RoleAssignment {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
