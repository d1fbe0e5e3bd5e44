package se.inera.kundportal.core.person;

import java.util.Objects;

/**
 * Företrädare/firmatecknare: the person entitled to sign for the organisation. Signs the
 * customer agreement with BankID, so the personnummer is required (BankID's
 * {@code requirement.personalNumber} binds the signature to this person).
 */
public record Signatory(Contact contact, Personnummer personnummer) {
    public Signatory {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(personnummer, "personnummer");
    }
}
