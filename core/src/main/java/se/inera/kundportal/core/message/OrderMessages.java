package se.inera.kundportal.core.message;

import java.util.List;

/**
 * The Swedish text of ordering, attestation by e-mailed link and delivery: what the order's lifecycle, the
 * attestation rules and the SMS code tell orderers, attestants and customer service.
 */
public final class OrderMessages {
    private OrderMessages() {
    }

    /** The routine's rule: an attestation never rides on a portal session. */
    public static final String ATTESTATION_LOG_OUT_FIRST = "Du är inloggad i Kundportalen: logga ut från "
            + "Kundportalen först. Attesten görs med engångskod via SMS eller med BankID, utan inloggning.";

    public static final String ORDER_ATTESTATION_TIME_OVER = "Tiden för att attestera beställningen har gått ut.";
    public static final String ORDER_AWAITS_OTHER_PARTY = "Beställningen väntar på attest från en annan part.";
    public static final String ORDER_ALREADY_ATTESTED_BY_YOU = "Du har redan attesterat den här beställningen.";
    public static final String ORDER_OFFERING_NOT_ORDERABLE = "Erbjudandet går inte längre att beställa.";
    public static final String ORDER_CHOOSE_SERVICE = "Välj en tjänst.";
    public static final String ORDER_UNKNOWN_SERVICE = "Tjänsten finns inte.";
    public static final String ORDER_CHOOSE_OFFERING = "Välj ett erbjudande.";
    public static final String ORDER_NEEDS_CARE_UNIT = "Ange minst en vårdenhet som ska anslutas.";
    public static final String ORDER_OFFERING_HAS_NO_CARE_UNITS = "Erbjudandet ansluter inga vårdenheter.";
    public static final String ORDER_ACCEPT_TERMS = "Läs igenom och godkänn villkoren för beställningen.";
    public static final String DELIVERY_NEEDS_INSTRUCTIONS = "Skriv instruktionerna för hur kunden får tillgång.";
    public static final String ATTESTATION_LINK_USED = "Länken har redan använts.";
    public static final String ATTESTATION_LINK_EXPIRED = "Länken har gått ut.";
    public static final String ATTESTATION_LINK_INVALID = "Länken är inte giltig.";
    public static final String ATTESTANT_ROLE_GONE = "Du har inte längre rollen Attestant i organisationen.";
    public static final String ATTESTATION_BANKID_NO_PERSONNUMMER = "Du har inget personnummer registrerat. Attestera med SMS-kod i stället.";
    public static final String ATTESTATION_BANKID_NOTHING_STARTED = "Ingen attestering med BankID har startats. Starta en först.";
    public static final String ATTESTATION_BANKID_ORDER_REF_MISSING = "Ange BankID-orderns referens (orderRef).";
    public static final String ATTESTATION_APPROVED = "Beställningen är attesterad.";
    public static final String ATTESTATION_REJECTED = "Beställningen är avslagen.";

    /**
     * What the BankID app shows the attestant (simpleMarkdownV1), the order as a person reads it and the decision
     * being signed; the caller escapes the markup in every name and in the reason.
     *
     * @param careUnits      the care units as "name (HSA-id)", empty when there are too many to list
     * @param careUnitCount  how many care units the order connects
     * @param rejectionReason the reason when the decision is a rejection, else {@code null}
     */
    public static String bankIdAttestationText(String organisationName, String organisationsnummer, String service,
                                               String offering, int careUnitCount, List<String> careUnits,
                                               String startupPrice, String recurringPrice, String rejectionReason) {
        boolean approve = rejectionReason == null;
        StringBuilder text = new StringBuilder(approve ? "# Attestera beställning\n\n" : "# Avslå beställning\n\n");
        text.append("Organisation: *").append(organisationName).append("* (").append(organisationsnummer)
                .append(")\n\n");
        text.append("Tjänst: *").append(service).append("*\n\n");
        text.append("Erbjudande: *").append(offering).append("*\n\n");
        if (careUnitCount == 0) {
            text.append("Vårdenheter: inga\n\n");
        } else if (careUnits.isEmpty()) {
            text.append("Vårdenheter: ").append(careUnitCount).append(" st (se beställningen)\n\n");
        } else {
            text.append("Vårdenheter: ").append(careUnitCount).append(" st: ").append(String.join(", ", careUnits))
                    .append("\n\n");
        }
        text.append("Uppstartskostnad: ").append(startupPrice).append("\n\n");
        text.append("Löpande avgift: ").append(recurringPrice).append("\n\n");
        text.append(approve ? "Beslut: *Jag attesterar beställningen.*"
                : "Beslut: *Jag avslår beställningen.* Skäl: " + rejectionReason);
        return text.toString();
    }
    public static final String ATTESTATION_BANKID_OTHER_PERSON = "BankID-legitimationen gäller inte den attestant som länken skickades till.";
    public static final String SMS_CODE_USED = "Koden har redan använts.";
    public static final String SMS_CODE_EXPIRED = "Koden har gått ut. Begär en ny kod.";
    public static final String SMS_CODE_LOCKED = "För många felaktiga försök. Begär en ny kod.";
    public static final String SMS_NO_MOBILE = "Du har inget mobilnummer registrerat. Attestera med BankID i stället.";
    public static final String SMS_RESEND_TOO_SOON = "En kod skickades nyss. Vänta en minut innan du begär en ny.";

    /** Every code the link may send has been sent: the attestant turns to BankID or to Inera. */
    public static String smsTooManyCodes(int maxCodes) {
        return "Det har redan skickats " + maxCodes + " koder för den här länken, och fler skickas inte. Attestera "
                + "med BankID i stället, eller kontakta Inera kundservice.";
    }
    public static final String SMS_NO_CODE_SENT = "Ingen kod har skickats. Begär en kod först.";
    public static final String ATTESTATION_REJECTION_NEEDS_REASON = "Ange varför beställningen avslås; beställaren får se skälet.";
    public static final String REASON_CONTROL_CHARACTERS = "Skälet får inte innehålla styrtecken.";
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
    public static final String ATTESTATION_DECISION_MISSING = "Välj om beställningen ska attesteras eller avslås.";
    public static final String ATTESTATION_CLOSE_WINDOW = "Du kan nu stänga fönstret.";
    public static final String ATTESTATION_ORDER_SETTLED = "Beställningen är redan avgjord av en annan attestant.";

    // --- placing an order (the form, the price, who may order) --------------------------------------

    public static final String AGREEMENT_NOT_SIGNED = "Kundavtal 2 är inte signerat. Inget kan beställas förrän "
            + "företrädaren har signerat avtalet.";
    public static final String NO_ORDERER = "Organisationen har ingen Beställare. Administratören behöver tilldela "
            + "rollen Beställare.";
    public static final String NO_ATTESTANT = "Organisationen har ingen Attestant. Administratören behöver tilldela "
            + "rollen Attestant innan det går att beställa.";
    public static final String USER_IS_NOT_ORDERER = "Du har inte rollen Beställare i organisationen.";
    public static final String FIRST_ORDER_LISTS_ALL_CARE_UNITS = "Vid första beställningen ska alla vårdenheter som "
            + "ska anslutas anges. Bekräfta att alla finns med.";

    public static String tooManyCareUnits(int max) {
        return "En beställning får omfatta högst " + max + " vårdenheter.";
    }

    public static String careUnitListedTwice(Object hsaId) {
        return "Vårdenheten " + hsaId + " finns redan med i beställningen.";
    }

    public static String careUnitOfAnotherDirectory(Object directoryOwner) {
        return "HSA-id:t hör till katalogen hos " + directoryOwner + ", inte er organisation. Kontrollera att det är "
                + "rätt vårdenhet.";
    }

    public static String offeringNotInService(String serviceName) {
        return "Erbjudandet finns inte för tjänsten " + serviceName + ".";
    }

    public static String startupFeeLine(String offeringName, boolean addOn) {
        return (addOn ? "Uppstartskostnad, tilläggsbeställning: " : "Uppstartskostnad: ") + offeringName;
    }

    public static String recurringFeeLine(String offeringName, String periodName, boolean perCareUnit) {
        return "Löpande avgift " + periodName + (perCareUnit ? " per vårdenhet" : "") + ": " + offeringName;
    }

    /** The routine's words: every add-on order costs another start-up fee, and one order is cheaper. */
    public static String addOnWarning(String startupFee) {
        // the routine's words (step 5), with the fee this add-on costs
        return "Er organisation har redan beställt tjänsten. Tänk på att det är billigare att göra en beställning "
                + "än flera. För varje tilläggsbeställning ni gör får ni ytterligare en uppstartskostnad, här "
                + startupFee + ".";
    }

    /** The same Idempotency-Key sent with another form: the first form's order stands, nothing else is ordered. */
    public static final String IDEMPOTENCY_KEY_REUSED = "En beställning med samma Idempotency-Key har redan skickats "
            + "med andra uppgifter. Ingen ny beställning gjordes. Ladda om beställningssidan och skicka formuläret igen "
            + "om du vill beställa något annat.";

    public static String idempotencyKeyInvalid(int maxCharacters) {
        return "Idempotency-Key ska vara 1–" + maxCharacters + " tecken.";
    }

    public static String tooLong(int maxCharacters) {
        return "Högst " + maxCharacters + " tecken.";
    }
}
