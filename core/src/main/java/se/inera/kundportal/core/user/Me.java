package se.inera.kundportal.core.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * {@code GET /me}: the signed-in person and, per organisation, their roles and what they can do there.
 *
 * @param user empty for an operator, or a login the portal has no person for
 */
public record Me(Optional<User> user, String displayName, boolean operator, List<OrganisationAccess> organisations) {
    public Me {
        organisations = List.copyOf(organisations);
    }

    public record OrganisationAccess(Organisationsnummer organisation, String name, Set<Role> roles, Abilities can) {
        public OrganisationAccess {
            roles = Set.copyOf(roles);
        }
    }
}
