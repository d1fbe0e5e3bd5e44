package se.inera.kundportal.functions.bankid;

import java.util.Optional;

/**
 * The Swedish message to show for a collect result: BankID's recommended user messages (RFA codes)
 * for the hint codes we know. BankID may add hint codes at any time, so an unknown one gets the
 * generic message for its status instead of failing.
 */
public final class UserMessages {
    static final String IN_PROGRESS = "Identifiering eller underskrift pågår."; // RFA21
    static final String UNKNOWN_FAILURE = "Okänt fel. Försök igen."; // RFA22

    private UserMessages() {
    }

    public static String forResult(CollectResult.Status status, Optional<String> hintCode) {
        String hint = hintCode.orElse("");
        return switch (status) {
            case COMPLETE -> "Avtalet är signerat.";
            case PENDING -> switch (hint) {
                case "outstandingTransaction", "noClient" -> "Starta BankID-appen."; // RFA1
                case "started" -> "Söker efter BankID, det kan ta en liten stund … Om det har gått några sekunder "
                        + "och inget BankID har hittats har du sannolikt inget BankID som går att använda för "
                        + "den aktuella signeringen. Skaffa ett BankID hos din bank."; // RFA15
                case "userSign" -> "Skriv in din säkerhetskod i BankID-appen och välj Skriv under."; // RFA9
                case "userMrtd" -> "Fotografera och läs av din ID-handling med BankID-appen."; // RFA23
                default -> IN_PROGRESS;
            };
            case FAILED -> switch (hint) {
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
                default -> UNKNOWN_FAILURE;
            };
        };
    }
}
