package se.inera.kundportal.core.application;

import java.util.Objects;

import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.Signatory;

/**
 * The three contacts named in a customer application.
 *
 * @param administrator    administratör: gets portal access, manages users and roles
 * @param signatory        företrädare/firmatecknare: signs Kundavtal 2 with BankID
 * @param agreementContact kontaktperson för avtalet: told that they are the agreement's contact
 */
public record ApplicationContacts(Contact administrator, Signatory signatory, Contact agreementContact) {
    public ApplicationContacts {
        Objects.requireNonNull(administrator, "administrator");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(agreementContact, "agreementContact");
    }
}
