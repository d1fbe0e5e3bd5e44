package se.inera.kundportal.core.message;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * The Swedish text the use cases show people (applicants, operators, signatories, orderers, attestants), in one
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

    // --- orders, attestation and delivery ---------------------------------------------------------

    /** The routine's rule: an attestation never rides on a portal session. */
    public static final String ATTESTATION_LOG_OUT_FIRST = "Du är inloggad i Kundportalen: logga ut från "
            + "Kundportalen först. Attesten görs med engångskod via SMS eller med BankID, utan inloggning.";

    public static final String ORDER_NOT_FOUND = "Beställningen finns inte.";
    public static final String ORDER_ATTESTATION_TIME_OVER = "Tiden för att attestera beställningen har gått ut.";
    public static final String ORDER_AWAITS_OTHER_PARTY = "Beställningen väntar på attest från en annan part.";
    public static final String ORDER_ALREADY_ATTESTED_BY_YOU = "Du har redan attesterat den här beställningen.";
    public static final String ORDER_ALREADY_ATTESTED = "Beställningen är redan attesterad.";
    public static final String ORDER_REJECTED = "Beställningen är avslagen.";
    public static final String ORDER_EXPIRED = "Beställningen har gått ut.";
    public static final String ORDER_OFFERING_NOT_ORDERABLE = "Erbjudandet går inte längre att beställa.";
    public static final String ORDER_CHOOSE_SERVICE = "Välj en tjänst.";
    public static final String ORDER_UNKNOWN_SERVICE = "Tjänsten finns inte.";
    public static final String ORDER_CHOOSE_OFFERING = "Välj ett erbjudande.";
    public static final String ORDER_UNKNOWN_OFFERING = "Erbjudandet finns inte.";
    public static final String ORDER_NEEDS_CARE_UNIT = "Ange minst en vårdenhet som ska anslutas.";
    public static final String ORDER_OFFERING_HAS_NO_CARE_UNITS = "Erbjudandet ansluter inga vårdenheter.";
    public static final String ORDER_ACCEPT_TERMS = "Läs igenom och godkänn villkoren för beställningen.";
    public static final String DELIVERY_NEEDS_INSTRUCTIONS = "Skriv instruktionerna för hur kunden får tillgång.";
    public static final String ATTESTATION_LINK_USED = "Länken har redan använts.";
    public static final String ATTESTATION_LINK_EXPIRED = "Länken har gått ut.";
    public static final String ATTESTATION_LINK_INVALID = "Länken är inte giltig.";
    public static final String ATTESTANT_ROLE_GONE = "Du har inte längre rollen Attestant i organisationen.";
    public static final String ATTESTATION_BANKID_OTHER_PERSON = "BankID-legitimationen gäller inte den attestant som länken skickades till.";
    public static final String SMS_CODE_USED = "Koden har redan använts.";
    public static final String SMS_CODE_EXPIRED = "Koden har gått ut. Begär en ny kod.";
    public static final String SMS_CODE_LOCKED = "För många felaktiga försök. Begär en ny kod.";
    public static final String SMS_NO_MOBILE = "Du har inget mobilnummer registrerat. Attestera med BankID i stället.";
    public static final String SMS_RESEND_TOO_SOON = "En kod skickades nyss. Vänta en minut innan du begär en ny.";
    public static final String SMS_NO_CODE_SENT = "Ingen kod har skickats. Begär en kod först.";
    public static final String ATTESTATION_REJECTION_NEEDS_REASON = "Ange varför beställningen avslås; beställaren får se skälet.";
    public static final String SMS_WRONG_CODE_NO_TRIES_LEFT = "Fel kod. Inga försök kvar; begär en ny kod.";

    public static String smsWrongCode(int attemptsLeft) {
        return "Fel kod. Du har " + attemptsLeft + " försök kvar.";
    }

    /** The SMS with a one-time code; it names the order so the code is never used blindly. */
    public static String oneTimeCodeSms(String code, String orderSummary) {
        return "Kundportalen: din kod för att attestera beställningen av " + orderSummary + " är " + code
                + ". Koden gäller i 10 minuter. Lämna aldrig ut koden till någon.";
    }

    public static final String SMS_CODE_SENT_MESSAGE = "En kod har skickats till ditt mobilnummer. Den gäller i "
            + "10 minuter.";
    public static final String SMS_CODE_MISSING = "Ange koden du fick i SMS:et.";
    public static final String SMS_CODE_SHAPE = "Koden är sex siffror.";
    public static final String ATTESTATION_DECISION_MISSING = "Ange om beställningen attesteras (true) eller avslås "
            + "(false).";
    public static final String ATTESTATION_CLOSE_WINDOW = "Du kan nu stänga fönstret.";
    public static final String ATTESTATION_ORDER_SETTLED = "Beställningen är redan avgjord av en annan attestant.";
}
