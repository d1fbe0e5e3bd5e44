package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.SesMailer;
import se.inera.kundportal.functions.mail.UncertainMails;
import se.inera.kundportal.functions.store.DynamoSentMailMarkers;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * An SES send that times out after the request went out, against aws-ses-v2-local and dynalite: SES has
 * the mail, the portal does not know it. No second mail goes out by itself; the operator sees it as
 * uncertain and resends it once, and the resend really reaches SES.
 */
@StandIns({StandIn.DYNAMODB, StandIn.SES})
class UncertainMailWithStandInsIT {
    private final Clock clock = Clock.systemUTC();
    private final String subjectId = "app-" + UUID.randomUUID();
    private final String recipient = "sven-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    private final MailMessage mail = new MailMessage(recipient, "Signera Kundavtal 2", "<p>Länk</p>", "Länk");
    /** Set: the next SendEmail is written to SES, then its answer is lost as a read timeout. */
    private final AtomicBoolean loseNextAnswer = new AtomicBoolean();
    private StandInsEnvironment standIns;
    private SesV2Client ses;
    private OnceOnlyMailer mailer;
    private UncertainMails uncertainMails;

    @BeforeEach
    void setUp(StandInsEnvironment standIns) {
        this.standIns = standIns;
        ses = SesV2Client.builder().endpointOverride(standIns.endpoint(StandIn.SES)).region(StandInClients.REGION)
                .credentialsProvider(StandInClients.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(new LoseAnswer()))
                .build();
        DynamoSentMailMarkers markers = new DynamoSentMailMarkers(standIns.dynamoDb(), standIns.tableName(), clock);
        mailer = new OnceOnlyMailer(new SesMailer(ses, "kundportal@example.se"), markers);
        uncertainMails = new UncertainMails(markers, mailer, clock);
    }

    @AfterEach
    void close() {
        ses.close();
    }

    @Test
    void aTimedOutSendIsNotRepeatedIsListedAndIsResentOnce() {
        loseNextAnswer.set(true);
        assertThat(mailer.sendOnce(subjectId, "SIGNATORY", () -> mail)).as("uncertain, not sent").isFalse();
        assertThat(mailer.sendOnce(subjectId, "SIGNATORY", () -> mail)).as("the step's retry").isFalse();
        assertThat(standIns.mailbox().sentMailsTo(recipient)).as("SES got it once; no second mail").hasSize(1);

        var list = assertResponse(new ListUncertainMailsHandler(uncertainMails)
                .handleRequest(ApiEvents.load("list-uncertain-mails/uncertain-mails.json"), null), 200);
        var listed = list.path("items").findValues("mailKey").stream().filter(key -> key.asText().equals("SIGNATORY"))
                .count();
        assertThat(listed).isGreaterThanOrEqualTo(1);
        assertThat(list.toString()).contains(subjectId).contains("UNCERTAIN").contains(recipient)
                .contains("Signera Kundavtal 2").doesNotContain("<p>Länk</p>");

        var resent = assertResponse(new ResendMailHandler(uncertainMails).handleRequest(resend(), null), 200);
        assertThat(resent.path("outcome").asText()).isEqualTo("SENT");
        assertResponse(new ResendMailHandler(uncertainMails).handleRequest(resend(), null), 404);

        assertThat(standIns.mailbox().sentMailsTo(recipient)).as("the first and one resend").hasSize(2);
        assertThat(uncertainMails.needingAttention()).noneMatch(m -> m.subjectId().equals(subjectId));
    }

    /** The event in {@code events/}, for this test's mail. */
    private APIGatewayV2HTTPEvent resend() {
        APIGatewayV2HTTPEvent event = ApiEvents.load("resend-mail/resend-uncertain-signatory-mail.json");
        event.setPathParameters(Map.of("subjectId", subjectId, "mailKey", "SIGNATORY"));
        return event;
    }

    private final class LoseAnswer implements ExecutionInterceptor {
        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            if (loseNextAnswer.compareAndSet(true, false)) {
                throw SdkClientException.builder().message("Unable to execute HTTP request: Read timed out")
                        .cause(new SocketTimeoutException("Read timed out")).build();
            }
        }
    }
}
