package se.inera.kundportal.core.message;

/**
 * What a form field with a bad value is told: the checks every field gets ({@code Validation}) and the
 * rules of each value type (personnummer, e-mail, mobile number, organisationsnummer, HSA-id, postal code).
 * Each text says what is wrong and shows a correct example.
 */
public final class FieldMessages {
    private FieldMessages() {
    }

    // --- any field -------------------------------------------------------------------------------

    public static final String REQUIRED = "Uppgiften måste fyllas i.";
    public static final String FORMAT_CHARACTERS = "Får inte innehålla osynliga formateringstecken (t.ex. tecken "
            + "som vänder textriktningen eller osynliga mellanrum).";
    public static final String CONTROL_CHARACTERS = "Får inte innehålla radbrytningar eller styrtecken.";

    public static String tooLong(int maxLength) {
        return "Får vara högst " + maxLength + " tecken.";
    }

    // --- personnummer ----------------------------------------------------------------------------

    public static final String PERSONNUMMER_MISSING = "Ange personnummer.";
    public static final String PERSONNUMMER_SHAPE = "Personnumret ska skrivas ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN, "
            + "t.ex. 19121212-1212.";
    public static final String PERSONNUMMER_IN_FUTURE = "Personnumrets födelsedatum ligger i framtiden.";
    public static final String PERSONNUMMER_DAY = "Personnumrets dag ska vara 01–31 (eller 61–91 för ett "
            + "samordningsnummer).";
    public static final String PERSONNUMMER_NO_DATE = "Personnumret innehåller inget giltigt datum.";
    public static final String PERSONNUMMER_CHECK_DIGIT = "Personnumrets kontrollsiffra (sista siffran) stämmer "
            + "inte. Kontrollera att numret är rätt skrivet.";

    // --- e-mail address --------------------------------------------------------------------------

    public static final String EMAIL_MISSING = "Ange e-postadress.";
    public static final String EMAIL_WITHOUT_AT = "E-postadressen saknar @, t.ex. namn@exempel.se.";
    public static final String EMAIL_INVALID = "E-postadressen är inte giltig, t.ex. namn@exempel.se.";

    // --- mobile number ---------------------------------------------------------------------------

    public static final String MOBILE_MISSING = "Ange mobilnummer.";
    public static final String MOBILE_PREFIX = "Mobilnumret ska börja med 07 eller med landsnummer, "
            + "t.ex. +46 70 123 45 67.";
    public static final String MOBILE_DIGITS = "Mobilnumret får bara innehålla siffror och ha högst 15 siffror.";
    public static final String MOBILE_NOT_SWEDISH_MOBILE = "Ett svenskt mobilnummer ska börja med 07 och ha tio "
            + "siffror, t.ex. 070-123 45 67.";

    // --- organisationsnummer ---------------------------------------------------------------------

    public static final String ORGANISATIONSNUMMER_MISSING = "Ange organisationsnummer.";
    public static final String ORGANISATIONSNUMMER_SHAPE = "Organisationsnumret ska ha tio siffror, "
            + "t.ex. 232100-0016.";
    public static final String ORGANISATIONSNUMMER_TWELVE_DIGITS = "Ett organisationsnummer med tolv siffror ska "
            + "börja med 16.";
    public static final String ORGANISATIONSNUMMER_FIRST_DIGIT = "Organisationsnumrets första siffra anger "
            + "juridisk form och kan inte vara 0.";
    public static final String ORGANISATIONSNUMMER_THIRD_AND_FOURTH = "Siffra tre och fyra i ett "
            + "organisationsnummer ska tillsammans vara minst 20 (annars är det ett personnummer).";
    public static final String ORGANISATIONSNUMMER_CHECK_DIGIT = "Organisationsnumrets kontrollsiffra (sista "
            + "siffran) stämmer inte. Kontrollera att numret är rätt skrivet.";

    // --- HSA-id ----------------------------------------------------------------------------------

    public static final String HSA_ID_MISSING = "Ange HSA-id.";
    public static final String HSA_ID_SWEDISH_LETTERS = "Ett HSA-id får inte innehålla å, ä eller ö.";
    public static final String HSA_ID_SHAPE = "HSA-id ska skrivas SE, organisationsnummer (tio siffror), "
            + "bindestreck och bokstäver eller siffror, t.ex. SE2321000016-1234.";
    public static final String HSA_ID_CHECK_DIGIT = "Organisationsnumret i HSA-id:t är inte giltigt "
            + "(kontrollsiffran stämmer inte).";

    public static String hsaIdTooLong(int maxLength) {
        return "Ett HSA-id får vara högst " + maxLength + " tecken.";
    }

    // --- postal address --------------------------------------------------------------------------

    public static final String POSTAL_CODE = "Postnumret ska ha fem siffror, t.ex. 118 27.";
}
