package se.inera.kundportal.core.testing;

import java.util.Set;

import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.user.PersonAccess;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;

/** Logins and mails of people, for tests that only read roles: nothing happens. */
public final class NoPersonAccess implements PersonAccess {
    @Override
    public void invite(User person, Organisation organisation, Set<Role> roles, String change) {
    }

    @Override
    public void informAttestant(User person, Organisation organisation, String change) {
    }

    @Override
    public void removeLogin(User person) {
    }
}
