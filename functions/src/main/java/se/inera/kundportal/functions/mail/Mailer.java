package se.inera.kundportal.functions.mail;

/** Sends e-mail. Core-free on purpose: mail is an adapter concern of the workflow's task handlers. */
public interface Mailer {

    /**
     * Sends one message and returns the provider's message id.
     *
     * @throws MailNotSent if the provider refused or could not be reached; nothing was sent
     */
    String send(MailMessage message);
}
