package se.inera.kundportal.local.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.PublishResponse;

/** The capture driven by the real SNS client, read back over HTTP as a tester or a workflow test would. */
class SmsCaptureTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private SmsCaptureServer server;
    private SnsClient sns;

    @BeforeEach
    void start() {
        server = SmsCaptureServer.start(0);
        sns = SnsClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterEach
    void stop() {
        sns.close();
        server.close();
    }

    @Test
    void capturesPublishedSmsAndListsThemNewestFirst() throws Exception {
        PublishResponse first = sns.publish(request -> request
                .phoneNumber("+46701234567")
                .message("Din engångskod för order 42 är 123456. Den gäller i 10 minuter.")
                .messageAttributes(Map.of(
                        "AWS.SNS.SMS.SMSType", stringAttribute("Transactional"),
                        "AWS.SNS.SMS.SenderID", stringAttribute("Inera"))));
        PublishResponse second = sns.publish(request -> request.phoneNumber("+46709876543").message("Andra"));

        assertThat(first.messageId()).isNotBlank().isNotEqualTo(second.messageId());
        assertThat(first.responseMetadata().requestId()).isNotBlank();

        JsonNode all = getJson("/messages").get("messages");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("messageId").asText()).isEqualTo(second.messageId());
        JsonNode otp = all.get(1);
        assertThat(otp.get("phoneNumber").asText()).isEqualTo("+46701234567");
        assertThat(otp.get("message").asText()).isEqualTo("Din engångskod för order 42 är 123456. Den gäller i 10 minuter.");
        assertThat(otp.get("messageAttributes").get("AWS.SNS.SMS.SMSType").asText()).isEqualTo("Transactional");
        assertThat(otp.get("messageAttributes").get("AWS.SNS.SMS.SenderID").asText()).isEqualTo("Inera");

        JsonNode filtered = getJson("/messages?phoneNumber=%2B46701234567").get("messages");
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).get("messageId").asText()).isEqualTo(first.messageId());
    }

    @Test
    void refusesPhoneNumbersThatAreNotE164() {
        assertThatThrownBy(() -> sns.publish(request -> request.phoneNumber("0701234567").message("Hej")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Invalid parameter: PhoneNumber Reason: 0701234567 is not valid to publish to")
                .satisfies(e -> assertThat(((InvalidParameterException) e).statusCode()).isEqualTo(400));

        assertThat(server.inbox().messages(java.util.Optional.empty())).isEmpty();
    }

    @Test
    void refusesEmptyAndOverlongMessages() {
        assertThatThrownBy(() -> sns.publish(request -> request.phoneNumber("+46701234567").message(" ")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Empty message");
        assertThatThrownBy(() -> sns.publish(request -> request.phoneNumber("+46701234567")
                .message("x".repeat(SnsPublishRequest.MAX_SMS_CHARACTERS + 1))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void topicsDoNotExistLocally() {
        assertThatThrownBy(() -> sns.publish(request -> request
                .topicArn("arn:aws:sns:eu-north-1:000000000000:orders").message("Hej")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void inboxPageEscapesMessages() throws Exception {
        sns.publish(request -> request.phoneNumber("+46701234567").message("<b>kod</b> & \"länk\""));

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;b&gt;kod&lt;/b&gt; &amp; &#34;länk&#34;").doesNotContain("<b>kod");
    }

    @Test
    void keepsOnlyTheNewestMessagesWhenFull() {
        SmsInbox inbox = new SmsInbox(2);
        for (int i = 1; i <= 3; i++) {
            inbox.add(new CapturedSms("id-" + i, "+46701234567", "sms " + i, Map.of(), java.time.Instant.EPOCH));
        }

        assertThat(inbox.messages(java.util.Optional.empty()))
                .extracting(CapturedSms::messageId).containsExactly("id-3", "id-2");
    }

    private static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
