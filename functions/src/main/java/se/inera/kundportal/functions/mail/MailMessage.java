package se.inera.kundportal.functions.mail;

import java.util.Objects;

/**
 * One e-mail ready to send: one recipient, a subject, and the same text as HTML and as plain text
 * (mail clients that do not show HTML, and screen readers, use the text part).
 */
public record MailMessage(String to, String subject, String htmlBody, String textBody) {
    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(textBody, "textBody");
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }
}
