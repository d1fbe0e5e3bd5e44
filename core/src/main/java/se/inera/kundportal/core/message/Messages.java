package se.inera.kundportal.core.message;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * The Swedish text the onboarding use cases show people (applicants, operators, signatories), in one
 * place: use cases and the exceptions they throw take their text from here, and the HTTP side shows
 * it as it is, never rewriting it. Texts say what happened and what to do instead.
 */
public final class Messages {
    private Messages() {
    }

    // --- applying --------------------------------------------------------------------------------

    public static String alreadyCustomer(Organisationsnummer organisation) {
        return "Organisationen " + organisation + " är redan kund hos Inera och behöver inte ansöka. "
                + "Organisationens administratör lägger upp användare i Kundportalen; vet ni inte vem det är, "
                + "kontakta Ineras kundservice.";
    }

    public static String applicationInProgress(Organisationsnummer organisation) {
        return "Det finns redan en ansökan för organisationen " + organisation + " som behandlas. Ni behöver inte "
                + "ansöka igen: Inera meddelar er när ansökan är beslutad. Kontakta Ineras kundservice om något i "
                + "ansökan behöver ändras.";
    }

    public static final String APPLICATION_NOT_FOUND = "Ansökan finns inte.";
    public static final String APPLICATION_EXISTS = "Ansökan finns redan.";

    // --- deciding --------------------------------------------------------------------------------

    public static final String DECISION_MISSING = "Ange om ansökan godkänns (true) eller avslås (false).";
    public static final String REJECTION_NEEDS_REASON = "Ange varför ansökan avslås; skälet skickas till den "
            + "sökande.";

    public static String applicationCannotMove(Object from, Object to) {
        return "Ansökan har status " + from + " och kan inte ändras till " + to + ".";
    }

    // --- signing ---------------------------------------------------------------------------------

    public static final String ALREADY_SIGNED = "Avtalet är redan signerat. Du behöver inte göra något mer.";
    public static final String SIGNING_LINK_EXPIRED = "Länken för att signera avtalet har gått ut. Kontakta "
            + "Ineras kundservice för att få en ny.";
    public static final String SIGNING_LINK_REPLACED = "Länken gäller inte längre. Använd länken i det senaste "
            + "e-postmeddelandet från Kundportalen.";
    public static final String SIGNING_STOPPED = "Avtalet kan inte längre signeras eftersom anslutningen "
            + "avbröts. Kontakta Ineras kundservice.";
    public static final String UNKNOWN_SIGNING_LINK = "Länken är inte giltig. Kontrollera att hela adressen från "
            + "e-postmeddelandet kom med.";
    public static final String NOTHING_STARTED = "Ingen signering med BankID har startats från länken. Starta "
            + "signeringen först.";
    public static final String WRONG_SIGNATORY = "Avtalet ska signeras av den företrädare som angavs i ansökan.";
    public static final String WRONG_DOCUMENT = "Signaturen gäller inte den här versionen av avtalet.";
    public static final String BANKID_ALREADY_IN_PROGRESS = "En signering med ditt BankID pågick redan och har "
            + "avbrutits. Försök igen.";
    public static final String BANKID_ORDER_GONE = "Signeringen finns inte längre hos BankID. Starta en ny "
            + "signering.";
    public static final String BANKID_UNAVAILABLE = "BankID kan inte nås just nu. Försök igen om en stund.";
    public static final String AGREEMENT_SIGNED = "Avtalet är signerat.";
}
