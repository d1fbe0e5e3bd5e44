package se.inera.kundportal.core.message;

/**
 * The Swedish text of users and roles (core's {@code user} use cases): who may do what in an organisation, the person
 * form, the administrator who must stay, and "ready to order?" in the routine's own words.
 */
public final class UserMessages {
    private UserMessages() {
    }


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
    public static final String MAIL_NOT_SENT = "Ändringen är sparad, men e-postmeddelandet till personen kunde inte "
            + "skickas just nu. Försök igen om en stund med samma uppgifter, så skickas det.";
    public static final String USE_DEFAULT_ADDRESS_MISSING = "Ange om fakturorna ska skickas till organisationens "
            + "postadress (true) eller till en egen fakturaadress (false).";

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

    public static final String READY_AGREEMENT_SIGNED =
            "Kundavtal 2 behöver vara signerat innan det går att beställa";
    public static final String READY_HAS_ORDERER = "Beställare behöver vara tilldelad innan det går att beställa";
    public static final String READY_HAS_ATTESTANT = "Attestant behöver vara tilldelad innan det går att beställa";
}
