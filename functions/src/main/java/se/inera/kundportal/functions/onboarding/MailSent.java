package se.inera.kundportal.functions.onboarding;

/**
 * What a mailing task returns.
 *
 * @param recipient who the mail is for (a role, never an address: the history is not the place for personal data)
 * @param sent      true if this invocation sent it, false if an earlier attempt already had
 */
public record MailSent(String recipient, boolean sent) {
}
