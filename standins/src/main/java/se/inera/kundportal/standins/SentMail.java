package se.inera.kundportal.standins;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** A mail the SES stand-in accepted, as it keeps it in its store. */
public record SentMail(String messageId, String from, List<String> to, List<String> cc, List<String> bcc,
                       String subject, Optional<String> htmlBody, Optional<String> textBody, Instant sentAt) {
    public SentMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /** Whether the address is among To, Cc or Bcc, bare or as {@code Name <address>}; ignores case. */
    public boolean isAddressedTo(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return Stream.of(to, cc, bcc).flatMap(List::stream)
                .map(recipient -> recipient.toLowerCase(Locale.ROOT))
                .anyMatch(recipient -> recipient.equals(wanted) || recipient.endsWith("<" + wanted + ">"));
    }
}
