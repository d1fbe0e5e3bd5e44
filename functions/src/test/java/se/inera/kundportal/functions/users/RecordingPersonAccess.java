package se.inera.kundportal.functions.users;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.user.PersonAccess;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;

/** Core's {@link PersonAccess} for tests without Cognito and SES: records what was asked, by e-mail address. */
public final class RecordingPersonAccess implements PersonAccess {
    public final List<String> invited = new CopyOnWriteArrayList<>();
    public final List<String> informedAttestants = new CopyOnWriteArrayList<>();
    public final List<String> loginsRemoved = new CopyOnWriteArrayList<>();

    @Override
    public void invite(User person, Organisation organisation, Set<Role> roles, String change) {
        invited.add(person.email().value());
    }

    @Override
    public void informAttestant(User person, Organisation organisation, String change) {
        informedAttestants.add(person.email().value());
    }

    @Override
    public void removeLogin(User person) {
        loginsRemoved.add(person.email().value());
    }
}
