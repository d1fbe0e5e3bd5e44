package se.inera.kundportal.core.message;

/** What operators are told when they resend a mail whose delivery is uncertain. */
public final class MailMessages {
    private MailMessages() {
    }

    public static final String MAIL_SERVICE_REFUSED = "E-posttjänsten tog inte emot brevet. Försök igen senare.";
    public static final String NEVER_BUILT = "Utskicket avbröts innan brevet skapades och kan inte skickas om.";
    public static final String RESEND_IN_PROGRESS = "Utskicket skickas redan om.";

    public static String noUncertainMail(String mailKey, String subjectId) {
        return "Det finns inget osäkert utskick " + mailKey + " för " + subjectId + ".";
    }
}
