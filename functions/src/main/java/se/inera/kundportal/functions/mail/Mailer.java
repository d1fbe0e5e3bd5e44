package se.inera.kundportal.functions.mail;

/** Sends e-mail. Core-free on purpose: mail is an adapter concern of the workflow's task handlers. */
public interface Mailer {

    /**
     * Sends one message and returns the provider's message id.
     *
     * @throws MailNotSent   if the provider certainly did not send it (refused it, or was never reached)
     * @throws MailUncertain if the provider may have sent it (timeout after the request went out, 5xx)
     */
    String send(MailMessage message);
}
