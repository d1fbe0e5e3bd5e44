package se.inera.kundportal.local.sms;

import java.time.Instant;
import java.util.Map;

/**
 * One SMS that Kundportal asked SNS to send.
 *
 * @param messageId         the id returned to the sender, as SNS returns one
 * @param phoneNumber       E.164 recipient
 * @param messageAttributes e.g. {@code AWS.SNS.SMS.SMSType → Transactional}, {@code AWS.SNS.SMS.SenderID → Inera}
 */
public record CapturedSms(
        String messageId, String phoneNumber, String message, Map<String, String> messageAttributes,
        Instant receivedAt) {

    public CapturedSms {
        messageAttributes = Map.copyOf(messageAttributes);
    }
}
