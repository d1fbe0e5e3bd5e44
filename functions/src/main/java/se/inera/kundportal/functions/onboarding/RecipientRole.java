package se.inera.kundportal.functions.onboarding;

/** Who one "Send Onboarding E-mail" invocation mails (one branch of "Send Onboarding E-mails" each). */
public enum RecipientRole {
    /** Administratör: how to reach the portal (username and temporary password, or "sign in as usual"). */
    ADMINISTRATOR,
    /** Företrädare/firmatecknare: the link to read and sign the agreement with BankID. */
    SIGNATORY,
    /** Kontaktperson för avtalet: that they are the agreement's contact. */
    AGREEMENT_CONTACT
}
