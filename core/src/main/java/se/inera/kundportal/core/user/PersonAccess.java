package se.inera.kundportal.core.user;

import java.util.Set;

import se.inera.kundportal.core.organisation.Organisation;

/**
 * Port: a person's way into the portal. The adapter gives a login (a Cognito account) and mails, each mail at most
 * once per {@code change} (the once-only mailer: an uncertain send goes to the operators, never twice).
 */
public interface PersonAccess {

    /**
     * Someone given a login role (Administratör, Beställare, Kontaktperson): makes sure they can sign in and mails how
     * (a temporary password for a new account, "sign in as usual" otherwise).
     */
    void invite(User person, Organisation organisation, Set<Role> roles, String change);

    /** Someone who is only an Attestant: no login; a mail saying what the role means and how attesting works. */
    void informAttestant(User person, Organisation organisation, String change);

    /** The person belongs to no organisation any more: their login goes. Idempotent. */
    void removeLogin(User person);
}
