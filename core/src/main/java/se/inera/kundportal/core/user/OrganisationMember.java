package se.inera.kundportal.core.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A user together with the roles they hold in one organisation ("Visa roller"). */
public record OrganisationMember(User user, Set<Role> roles) {
    public OrganisationMember {
        Objects.requireNonNull(user, "user");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
