package se.inera.kundportal.core.message;

/**
 * What is said about an organisation as Inera's customer: whether it is one, its legal form, an existing
 * customer registered by an operator, and its administrator's access (account, temporary password).
 */
public final class CustomerMessages {
    private CustomerMessages() {
    }

    // --- the organisation ------------------------------------------------------------------------

    public static String notCustomer(Object organisation) {
        return "Organisationen " + organisation + " är inte kund i Kundportalen.";
    }

    public static String alreadyRegistered(Object organisation) {
        return "Organisationen " + organisation + " är redan registrerad som kund.";
    }

    public static String registeredMeanwhile(Object organisation) {
        return "Organisationen " + organisation + " registrerades som kund på annat sätt under tiden.";
    }

    /** Juridisk form, grupp: the first digit of the organisationsnummer. */
    public static final String LEGAL_FORM_ESTATE = "Dödsbon";
    public static final String LEGAL_FORM_PUBLIC_SECTOR = "Stat, regioner, kommuner och församlingar";
    public static final String LEGAL_FORM_FOREIGN_COMPANY = "Utländska företag";
    public static final String LEGAL_FORM_OTHER = "Övriga";
    public static final String LEGAL_FORM_LIMITED_COMPANY = "Aktiebolag";
    public static final String LEGAL_FORM_SIMPLE_PARTNERSHIP = "Enkla bolag";
    public static final String LEGAL_FORM_ECONOMIC_ASSOCIATION = "Ekonomiska föreningar och "
            + "bostadsrättsföreningar";
    public static final String LEGAL_FORM_NON_PROFIT = "Ideella föreningar och stiftelser";
    public static final String LEGAL_FORM_PARTNERSHIP = "Handelsbolag och kommanditbolag";

    // --- registering an existing customer (Kundavtal 2 signed outside the portal) ----------------

    public static final String SIGNED_ON_SHAPE = "Ange datumet då avtalet signerades som ÅÅÅÅ-MM-DD.";
    public static final String SIGNED_ON_IN_FUTURE = "Datumet då avtalet signerades kan inte ligga i framtiden.";
    public static final String ADMINISTRATOR_ACCESS_UNAVAILABLE = "Kunden är registrerad, men administratörens "
            + "inloggning kunde inte skickas just nu. Skicka samma registrering igen om en stund; inget registreras "
            + "två gånger.";

    // --- the administrator's access --------------------------------------------------------------

    public static final String REQUEST_ID_INVALID = "Ange ett förfrågnings-id (8–64 tecken: bokstäver, siffror, -).";
    public static final String OWN_PASSWORD_CHOSEN = "Administratören har redan valt ett eget lösenord och loggar "
            + "in som vanligt.";

    public static String notAdministratorOf(Object organisation) {
        return "Användaren är inte administratör för " + organisation + ".";
    }
}
