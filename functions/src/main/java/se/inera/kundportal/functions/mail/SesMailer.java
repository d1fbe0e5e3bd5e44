package se.inera.kundportal.functions.mail;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Message;

/** {@link Mailer} over SES v2 {@code SendEmail} with Simple content (subject, HTML and text, UTF-8). */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String senderAddress;

    /**
     * @param senderAddress the SES-verified from-address ({@code SENDER_EMAIL})
     */
    public SesMailer(SesV2Client ses, String senderAddress) {
        this.ses = Objects.requireNonNull(ses, "ses");
        this.senderAddress = Objects.requireNonNull(senderAddress, "senderAddress");
    }

    @Override
    public String send(MailMessage mail) {
        Message message = Message.builder()
                .subject(utf8(mail.subject()))
                .body(Body.builder().html(utf8(mail.htmlBody())).text(utf8(mail.textBody())).build())
                .build();
        try {
            return ses.sendEmail(request -> request
                    .fromEmailAddress(senderAddress)
                    .destination(destination -> destination.toAddresses(mail.to()))
                    .content(content -> content.simple(message))).messageId();
        } catch (SdkException e) {
            // The recipient's address is personal data: keep it out of the error.
            String what = "the mail \"" + mail.subject() + "\" (" + e.getClass().getSimpleName() + ")";
            if (definitelyNotSent(e)) {
                throw new MailNotSent("SES did not accept " + what, e);
            }
            throw new MailUncertain("SES may or may not have sent " + what, e);
        }
    }

    /**
     * Only an answer from SES that says no (4xx: rejected, bad request, throttled) or a connection that was
     * never made proves that nothing was sent. A timeout or reset after the request was written, or a 5xx,
     * may follow an accepted mail.
     */
    static boolean definitelyNotSent(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return service.statusCode() >= 400 && service.statusCode() < 500;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset(StandardCharsets.UTF_8.name()).build();
    }
}
