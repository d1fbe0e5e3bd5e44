package se.inera.kundportal.local.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated SNS {@code Publish} to a phone number, read from AWS Query parameters
 * ({@code PhoneNumber}, {@code Message}, {@code MessageStructure},
 * {@code MessageAttributes.entry.N.Name / .Value.DataType / .Value.StringValue}).
 */
record SnsPublishRequest(String phoneNumber, String message, Map<String, String> messageAttributes) {
    /** SNS's limit for one SMS publish, in characters; longer texts are refused, not split. */
    static final int MAX_SMS_CHARACTERS = 1600;
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Set<String> SMS_TYPES = Set.of("Promotional", "Transactional");
    private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]{1,11}");

    static SnsPublishRequest from(Map<String, String> parameters) {
        String phoneNumber = parameters.get("PhoneNumber");
        if (phoneNumber == null) {
            if (parameters.containsKey("TopicArn") || parameters.containsKey("TargetArn")) {
                // No topics or endpoints exist locally; Kundportal publishes SMS straight to a number.
                throw new SnsQueryException(404, "NotFound", "Topic does not exist");
            }
            throw SnsQueryException.invalidParameter(
                    "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
        }
        if (parameters.containsKey("TopicArn") || parameters.containsKey("TargetArn")) {
            throw SnsQueryException.invalidParameter(
                    "Invalid parameter: PhoneNumber Reason: only one of TopicArn, TargetArn or PhoneNumber may be given");
        }
        if (!E164.matcher(phoneNumber).matches()) {
            throw SnsQueryException.invalidParameter(
                    "Invalid parameter: PhoneNumber Reason: " + phoneNumber + " is not valid to publish to");
        }
        String message = parameters.get("Message");
        if (message == null) {
            throw new SnsQueryException(400, "ValidationError",
                    "1 validation error detected: Value null at 'message' failed to satisfy constraint: "
                            + "Member must not be null");
        }
        if ("json".equals(parameters.get("MessageStructure"))) {
            message = smsPartOf(message);
        }
        if (message.isBlank()) {
            throw SnsQueryException.invalidParameter("Invalid parameter: Empty message");
        }
        if (message.length() > MAX_SMS_CHARACTERS) {
            throw SnsQueryException.invalidParameter("Invalid parameter: Message Reason: SMS messages may be at most "
                    + MAX_SMS_CHARACTERS + " characters, was " + message.length());
        }
        return new SnsPublishRequest(phoneNumber, message, messageAttributes(parameters));
    }

    /** With {@code MessageStructure=json} the SMS text is the {@code sms} key, else {@code default}. */
    private static String smsPartOf(String json) {
        try {
            JsonNode structure = new ObjectMapper().readTree(json);
            JsonNode text = structure.has("sms") ? structure.get("sms") : structure.get("default");
            if (text == null || !text.isTextual()) {
                throw SnsQueryException.invalidParameter(
                        "Invalid parameter: Message Structure - No default entry in JSON message body");
            }
            return text.asText();
        } catch (JsonProcessingException notJson) {
            throw SnsQueryException.invalidParameter(
                    "Invalid parameter: Message Structure - JSON message body failed to parse");
        }
    }

    private static Map<String, String> messageAttributes(Map<String, String> parameters) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int entry = 1; parameters.containsKey("MessageAttributes.entry." + entry + ".Name"); entry++) {
            String prefix = "MessageAttributes.entry." + entry;
            String name = parameters.get(prefix + ".Name");
            String dataType = parameters.get(prefix + ".Value.DataType");
            String value = parameters.get(prefix + ".Value.StringValue");
            if (dataType == null) {
                throw SnsQueryException.invalidParameter("Invalid parameter: MessageAttributes Reason: "
                        + "The message attribute '" + name + "' must contain non-empty message attribute type.");
            }
            if (value == null) {
                throw SnsQueryException.invalidParameter("Invalid parameter: MessageAttributes Reason: "
                        + "The message attribute '" + name + "' must contain a non-empty value of message "
                        + "attribute type '" + dataType + "'.");
            }
            attributes.put(name, value);
        }
        String smsType = attributes.get("AWS.SNS.SMS.SMSType");
        if (smsType != null && !SMS_TYPES.contains(smsType)) {
            throw SnsQueryException.invalidParameter("Invalid parameter: MessageAttributes Reason: "
                    + "AWS.SNS.SMS.SMSType must be Promotional or Transactional, was " + smsType);
        }
        String senderId = attributes.get("AWS.SNS.SMS.SenderID");
        if (senderId != null && !SENDER_ID.matcher(senderId).matches()) {
            throw SnsQueryException.invalidParameter("Invalid parameter: MessageAttributes Reason: "
                    + "AWS.SNS.SMS.SenderID must be 1-11 letters and digits with at least one letter");
        }
        return attributes;
    }
}
