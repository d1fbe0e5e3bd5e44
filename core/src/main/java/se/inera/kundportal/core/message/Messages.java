package se.inera.kundportal.core.message;

/**
 * The Swedish text the use cases show people (applicants, operators, signatories), in one
 * place: use cases and the exceptions they throw take their text from here, and the HTTP side shows
 * it as it is, never rewriting it. Texts say what happened and what to do instead.
 */
public final class Messages {
    private Messages() {
    }

    // --- applying --------------------------------------------------------------------------------

    public static String alreadyCustomer(Object organisation) {
        return "Organisationen " + organisation + " är redan kund hos Inera och behöver inte ansöka. "
                + "Organisationens administratör lägger upp användare i Kundportalen; vet ni inte vem det är, "
                + "kontakta Ineras kundservice.";
    }

    public static String applicationInProgress(Object organisation) {
        return "Det finns redan en ansökan för organisationen " + organisation + " som behandlas. Ni behöver inte "
                + "ansöka igen: Inera meddelar er när ansökan är beslutad. Kontakta Ineras kundservice om något i "
                + "ansökan behöver ändras.";
    }

    public static final String APPLICATION_NOT_FOUND = "Ansökan finns inte.";
    public static final String APPLICATION_EXISTS = "Ansökan finns redan.";

    // --- deciding --------------------------------------------------------------------------------

    public static final String DECISION_MISSING = "Välj om ansökan ska godkännas eller avslås.";
    public static final String REJECTION_NEEDS_REASON = "Ange varför ansökan avslås; skälet skickas till den "
            + "sökande.";

    public static String unknownStatus(String statuses) {
        return "Okänd status. Välj en av " + statuses + ".";
    }

    public static String applicationCannotMove(Object from, Object to) {
        return "Ansökan har status " + from + " och kan inte ändras till " + to + ".";
    }

    public static String applicationCannotBecomeCustomer(Object status) {
        return "Ansökan har status " + status + " och kan inte leda till ett kundkonto.";
    }
    /** Why an onboarding failed when Inera decided nothing in time, as the operators' work list shows it. */
    public static final String DECISION_NOT_MADE_IN_TIME = "Inget beslut fattades om ansökan inom den tid som "
            + "gäller, så anslutningen avbröts. Organisationen kan skicka en ny ansökan.";

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
    public static final String BANKID_TOO_MANY_ORDERS = "Länken har använts för att starta BankID för många gånger. "
            + "Kontakta Ineras kundservice om du behöver hjälp.";
    public static final String BANKID_UNAVAILABLE = "BankID kan inte nås just nu. Försök igen om en stund.";
    public static final String AGREEMENT_SIGNED = "Avtalet är signerat.";

    public static String agreementTextMissing(String version) {
        return "Avtalstexten för version " + version + " finns inte. Kontakta Ineras kundservice.";
    }

    public static final String AGREEMENT_NOT_FOUND = "Avtalet finns inte.";
    public static final String AGREEMENT_EXISTS = "Avtalet finns redan.";
    public static final String AGREEMENT_NOT_SIGNED = "Avtalet är inte signerat.";

    /** Why an agreement in {@code actual} cannot move to {@code next}; a signed one is {@link #ALREADY_SIGNED}. */
    public static String agreementCannotMove(Object actual, Object next) {
        return "Avtalet har status " + actual + " och kan inte ändras till " + next + ".";
    }

    /**
     * What the BankID app shows the signatory (simpleMarkdownV1); the caller escapes the markup in the names.
     */
    public static String bankIdSigningText(String title, String version, String organisationName,
                                           String organisationsnummer) {
        return "# " + title + "\n\n"
                + "Jag skriver under *" + title + "*, version " + version + ", för *" + organisationName + "* ("
                + organisationsnummer + ").";
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

    // --- what the store says about users, orders and attestation links ----------------------------

    public static final String USER_NOT_FOUND = "Användaren finns inte.";
    public static final String USER_EXISTS = "Användaren finns redan.";
    public static final String EMAIL_IN_USE = "E-postadressen används redan.";

    public static final String ORDER_NOT_FOUND = "Beställningen finns inte.";
    public static final String ORDER_EXISTS = "Beställningen finns redan.";

    public static final String ORDER_ALREADY_ATTESTED = "Beställningen är redan attesterad.";
    public static final String ORDER_REJECTED = "Beställningen är avslagen.";
    public static final String ORDER_EXPIRED = "Beställningen har gått ut.";

    public static String orderAwaitingAttestationCannotMove(Object next) {
        return "Beställningen väntar på attest och kan inte ändras till " + next + ".";
    }

    public static final String ATTESTATION_LINK_NOT_FOUND = "Länken finns inte.";
    public static final String ATTESTATION_LINK_EXISTS = "Länken finns redan.";
    public static final String NO_CODE_REQUESTED = "Ingen kod har begärts via länken.";
}
