package se.inera.kundportal.functions.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;

/** The mails of users and roles: how a person given a login role signs in, and what an Attestant does. */
public final class UserMails {
    private static final MailTemplate INVITATION_NEW_ACCOUNT = MailTemplate.load("user-invitation-new-account");
    private static final MailTemplate INVITATION_EXISTING_ACCOUNT =
            MailTemplate.load("user-invitation-existing-account");
    private static final MailTemplate ATTESTANT_INFORMED = MailTemplate.load("attestant-informed");

    private final PortalLinks links;

    public UserMails(PortalLinks links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    /** To a person with a new account: their roles, the username and a single-use temporary password. */
    public MailMessage invitationNewAccount(User person, Organisation organisation, Set<Role> roles,
                                            String temporaryPassword, int passwordValidDays) {
        Map<String, String> values = invitation(person, organisation, roles);
        values.put("temporaryPassword", temporaryPassword);
        values.put("passwordValidDays", Integer.toString(passwordValidDays));
        return INVITATION_NEW_ACCOUNT.render(person.email().value(), values);
    }

    /** To a person who already signs in (another organisation, or an account already used). */
    public MailMessage invitationExistingAccount(User person, Organisation organisation, Set<Role> roles) {
        return INVITATION_EXISTING_ACCOUNT.render(person.email().value(), invitation(person, organisation, roles));
    }

    /** To an Attestant-only person: what the role means; they have no login. */
    public MailMessage attestantInformed(User person, Organisation organisation) {
        return ATTESTANT_INFORMED.render(person.email().value(), about(person, organisation));
    }

    private Map<String, String> invitation(User person, Organisation organisation, Set<Role> roles) {
        Map<String, String> values = about(person, organisation);
        values.put("roles", names(roles));
        values.put("loginUrl", links.login());
        values.put("username", person.email().normalisedKey());
        return values;
    }

    private static Map<String, String> about(User person, Organisation organisation) {
        Map<String, String> values = new HashMap<>();
        values.put("personName", person.name());
        values.put("organisationName", organisation.name());
        values.put("organisationsnummer", organisation.number().toString());
        return values;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::swedishName).collect(Collectors.joining(", "));
    }
}
