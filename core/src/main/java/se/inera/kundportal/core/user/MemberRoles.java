package se.inera.kundportal.core.user;

import java.util.EnumSet;
import java.util.Set;

/** A person's roles in one organisation, with the version of the membership they were read at (0: none). */
public record MemberRoles(Set<Role> roles, long version) {
    public static final MemberRoles NONE = new MemberRoles(Set.of(), 0);

    public MemberRoles {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
