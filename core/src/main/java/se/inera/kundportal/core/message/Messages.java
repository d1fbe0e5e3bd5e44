package se.inera.kundportal.core.message;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * The Swedish text the use cases show people (applicants, operators, signatories, customer users), in one
 * place: use cases and the exceptions they throw take their text from here, and the HTTP side shows
 * it as it is, never rewriting it. Texts say what happened and what to do instead.
 */
public final class Messages {
    private Messages() {
    }

    // --- users and roles -------------------------------------------------------------------------

    /** Unknown organisation, or one the caller has no role in: both answer alike (404). */
    public static final String ORGANISATION_NOT_FOUND = "Organisationen finns inte, eller så har du ingen roll i den.";
    public static final String PERSON_NOT_FOUND = "Personen finns inte i organisationen.";
    public static final String NOT_SIGNED_IN = "Logga in för att fortsätta.";
    public static final String ONLY_ADMINISTRATOR = "Endast organisationens administratör kan göra detta.";
    public static final String ONLY_ADMINISTRATOR_OR_CONTACT = "Endast organisationens administratörer och "
            + "kontaktpersoner kan se organisationens roller.";
    public static final String OPERATOR_USES_OWN_PAGE = "Ineras kundservice lägger upp och byter administratörer på "
            + "sin egen sida; övriga användare läggs upp av organisationens administratör.";
    public static final String LAST_ADMINISTRATOR = "Organisationen måste alltid ha minst en administratör. Lägg "
            + "först upp en annan administratör, eller kontakta Ineras kundservice.";
    public static final String ROLES_CHANGED_MEANWHILE = "Personens roller ändrades samtidigt av någon annan. "
            + "Läs in sidan igen och gör ändringen på nytt.";
    public static final String ATTESTANT_NEEDS_PERSONNUMMER = "En attestant behöver personnummer: attesten görs "
            + "med engångskod via SMS eller med BankID.";
    public static final String CHOOSE_A_ROLE = "Välj minst en roll: Administratör, Beställare, Attestant eller "
            + "Kontaktperson för avtalet.";
    public static final String UNKNOWN_ROLE = "Okänd roll. Välj Administratör, Beställare, Attestant eller "
            + "Kontaktperson för avtalet.";
    public static final String ADMINISTRATOR_TO_REPLACE_NOT_FOUND = "Administratören som ska bytas ut finns inte i "
            + "organisationen.";
    public static final String USE_DEFAULT_ADDRESS_MISSING = "Ange om fakturorna ska skickas till organisationens "
            + "postadress (true) eller till en egen fakturaadress (false).";
    public static final String USER_NOT_FOUND = "Användaren finns inte.";

    public static final String OPERATORS_ONLY = "Endast Ineras kundservice kan göra detta.";

    public static String roleRequired(String role) {
        return "Du behöver rollen " + roleName(role) + " i organisationen för att göra detta.";
    }

    /** A role's Swedish name, by the role's constant name. */
    public static String roleName(String role) {
        return switch (role) {
            case "ADMINISTRATOR" -> "Administratör";
            case "ORDERER" -> "Beställare";
            case "ATTESTANT" -> "Attestant";
            case "AGREEMENT_CONTACT" -> "Kontaktperson för avtalet";
            default -> role;
        };
    }

    // --- ready to order (the routine's words) -----------------------------------------------------

    public static final String READY_AGREEMENT_SIGNED = "Kundavtal 2 behöver vara signerat innan det går att beställa";
    public static final String READY_HAS_ORDERER = "Beställare behöver vara tilldelad innan det går att beställa";
    public static final String READY_HAS_ATTESTANT = "Attestant behöver vara tilldelad innan det går att beställa";

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

    public static String unknownStatus(String statuses) {
        return "Okänd status. Välj en av " + statuses + ".";
    }

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

    public static String agreementTextMissing(String version) {
        return "Avtalstexten för version " + version + " finns inte. Kontakta Ineras kundservice.";
    }

    // --- BankID's recommended user messages (RFA codes) for the hint codes we know ---------------

    public static final String BANKID_IN_PROGRESS = "Identifiering eller underskrift pågår."; // RFA21
    public static final String BANKID_UNKNOWN_FAILURE = "Okänt fel. Försök igen."; // RFA22

    /** What to show while an order is pending; an unknown hint (BankID may add some) gets the generic text. */
    public static String bankIdPending(String hintCode) {
        return switch (hintCode == null ? "" : hintCode) {
            case "outstandingTransaction", "noClient" -> "Starta BankID-appen."; // RFA1
            case "started" -> "Söker efter BankID, det kan ta en liten stund … Om det har gått några sekunder "
                    + "och inget BankID har hittats har du sannolikt inget BankID som går att använda för "
                    + "den aktuella signeringen. Skaffa ett BankID hos din bank."; // RFA15
            case "userSign" -> "Skriv in din säkerhetskod i BankID-appen och välj Skriv under."; // RFA9
            case "userMrtd" -> "Fotografera och läs av din ID-handling med BankID-appen."; // RFA23
            default -> BANKID_IN_PROGRESS;
        };
    }

    /** What to show when an order failed. */
    public static String bankIdFailed(String hintCode) {
        return switch (hintCode == null ? "" : hintCode) {
            case "expiredTransaction" -> "BankID-appen svarar inte. Kontrollera att den är startad och att du "
                    + "har internetanslutning. Om du inte har något giltigt BankID kan du skaffa ett hos din "
                    + "bank. Försök sedan igen."; // RFA8
            case "certificateErr" -> "Det BankID du försöker använda är för gammalt eller spärrat. Använd ett "
                    + "annat BankID eller skaffa ett nytt hos din bank."; // RFA16
            case "userCancel" -> "Åtgärden avbruten."; // RFA6
            case "cancelled" -> "Åtgärden avbruten. Försök igen."; // RFA3
            case "startFailed" -> "BankID-appen verkar inte finnas i din dator eller mobil. Installera den och "
                    + "skaffa ett BankID hos din bank. Installera appen från din appbutik eller "
                    + "https://install.bankid.com."; // RFA17
            default -> BANKID_UNKNOWN_FAILURE;
        };
    }
}
