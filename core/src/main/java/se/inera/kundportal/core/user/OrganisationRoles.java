package se.inera.kundportal.core.user;

import java.util.List;
import java.util.Objects;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/** Every member of an organisation and their roles: what "Visa roller" shows. */
public record OrganisationRoles(Organisationsnummer organisation, List<OrganisationMember> members) {
    public OrganisationRoles {
        Objects.requireNonNull(organisation, "organisation");
        members = List.copyOf(members);
    }

    public List<User> usersWith(Role role) {
        return members.stream().filter(m -> m.has(role)).map(OrganisationMember::user).toList();
    }

    public boolean hasAnyone(Role role) {
        return members.stream().anyMatch(m -> m.has(role));
    }

    public boolean holds(UserId user, Role role) {
        return members.stream().anyMatch(m -> m.user().id().equals(user) && m.has(role));
    }
}
