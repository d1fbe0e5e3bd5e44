package se.inera.kundportal.functions.cognito;

import java.util.Optional;

import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;

/**
 * Portal sign-in accounts of customer users (administratörer, beställare, kontaktpersoner). The e-mail address is the
 * username; one person may administer several organisations with one account.
 */
public interface AdministratorAccounts {

    /** Whether {@link #ensureAccount} made the account or found it. */
    enum Outcome {
        CREATED,
        ALREADY_EXISTED
    }

    /**
     * Makes sure the administrator can sign in: creates the account (nobody knows its first
     * password; {@link #issueTemporaryPassword} gives one) or finds the existing one. Idempotent.
     */
    default Outcome ensureAccount(Contact administrator) {
        return ensureAccount(administrator.name(), administrator.email());
    }

    /** As {@link #ensureAccount(Contact)}, for any person with a login role (Beställare, Kontaktperson …). */
    Outcome ensureAccount(String name, EmailAddress email);

    /** Deletes the person's account (they belong to no organisation any more); nothing if there is none. */
    void deleteAccount(EmailAddress email);

    /**
     * Sets a new single-use temporary password, which must be changed at the first sign-in, and
     * returns it to be mailed; only while the account has never been used. Empty when the person
     * has already chosen a password (an administrator of another organisation): they sign in as
     * usual and no password is mailed.
     */
    Optional<String> issueTemporaryPassword(EmailAddress administrator);

    /** How many days a temporary password is valid (the user pool's policy), for the mail. */
    int temporaryPasswordValidityDays();
}
