package se.inera.kundportal.functions.sms;

import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.attestation.OneTimeCodeSender;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.person.MobileNumber;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Core's {@link OneTimeCodeSender} over SNS {@code Publish} straight to the attestant's phone number, as a
 * transactional SMS (locally the SMS capture answers it). The text names the order, so a code is never used
 * blindly.
 */
public final class SnsOneTimeCodeSender implements OneTimeCodeSender {
    private final SnsClient sns;

    public SnsOneTimeCodeSender(SnsClient sns) {
        this.sns = Objects.requireNonNull(sns, "sns");
    }

    @Override
    public void send(MobileNumber to, String code, OrderId order, String orderSummary) {
        sns.publish(request -> request.phoneNumber(to.value())
                .message(OrderMessages.oneTimeCodeSms(code, orderSummary))
                .messageAttributes(Map.of("AWS.SNS.SMS.SMSType",
                        MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build())));
    }
}
