package se.inera.kundportal.core.user;

import java.util.Objects;
import java.util.Set;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/** One organisation a user belongs to, with the organisation's name for choosing between them. */
public record Membership(Organisationsnummer organisation, String organisationName, Set<Role> roles) {
    public Membership {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(organisationName, "organisationName");
        roles = Set.copyOf(roles);
    }
}
