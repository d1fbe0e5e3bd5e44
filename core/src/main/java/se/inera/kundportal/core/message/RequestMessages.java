package se.inera.kundportal.core.message;

/**
 * What any request may be told whatever its area: that it could not be read, that a field or parameter has the
 * wrong type, that the caller has no access, that someone else changed the data meanwhile, or that something
 * unexpected failed (with the reference customer service asks for).
 */
public final class RequestMessages {
    private RequestMessages() {
    }

    // --- the request as a whole ------------------------------------------------------------------

    public static final String INVALID_FIELDS = "Uppgifterna är inte giltiga. Rätta fälten som anges och försök "
            + "igen.";
    public static final String NOT_JSON = "Begäran ska skickas som JSON med Content-Type: application/json.";
    public static final String BODY_MISSING = "Begäran saknar innehåll; skicka uppgifterna som JSON.";
    public static final String BODY_NOT_DECODABLE = "Begäran kunde inte avkodas.";
    public static final String BODY_NOT_JSON = "Begäran är inte giltig JSON.";
    public static final String BODY_UNREADABLE = "Begäran kunde inte läsas.";
    public static final String BODY_NOT_OBJECT = "Begäran ska vara ett JSON-objekt.";
    public static final String ADDRESS_NOT_FOUND = "Adressen finns inte.";

    // --- a field of the body, a path or query parameter ------------------------------------------

    public static final String NOT_TEXT = "Ska vara text.";
    public static final String NOT_TEXTS = "Ska vara en lista med text, t.ex. [\"ORDERER\"].";
    public static final String NOT_BOOLEAN = "Ska vara true eller false.";
    public static final String NOT_OBJECT = "Ska vara ett objekt med fält.";
    public static final String INVALID_VALUE = "Ogiltigt värde.";
    public static final String INVALID_PAGE_CURSOR = "Sidmarkören är ogiltig. Börja om från första sidan.";

    public static String wholeNumberBetween(int min, int max) {
        return "Ska vara ett heltal från " + min + " till " + max + ".";
    }

    // --- access and concurrent changes -----------------------------------------------------------

    public static final String OPERATORS_ONLY = "Endast Ineras kundservice har tillgång till detta.";
    public static final String OPERATORS_ONLY_ACTION = "Endast Ineras kundservice kan göra detta.";
    public static final String CHANGED_MEANWHILE = "Uppgifterna har ändrats av någon annan. Läs in dem på nytt och "
            + "försök igen.";

    // --- failures --------------------------------------------------------------------------------

    /** A service behind the portal (the database, the workflow, e-mail) did not answer: a 503, worth a retry. */
    public static final String SERVICE_UNAVAILABLE = "En tjänst som Kundportalen behöver svarar inte just nu. "
            + "Försök igen om en stund.";

    /** Shown instead of an unexpected failure; the reference is the request id, which the logs carry. */
    public static String unexpectedFailure(String reference) {
        return "Ett oväntat fel inträffade. Försök igen om en stund eller kontakta Ineras kundservice och ange "
                + "referensen " + reference + ".";
    }

    /** The reference when neither API Gateway nor Lambda gave a request id. */
    public static final String UNKNOWN_REFERENCE = "okänd";
}
