package se.inera.kundportal.functions.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

@StandIns(StandIn.SES)
class SesMailerIT {

    private static SesV2Client ses(URI endpoint) {
        return SesV2Client.builder().endpointOverride(endpoint).region(StandInClients.REGION)
                .credentialsProvider(StandInClients.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Test
    void sendsSubjectHtmlAndTextInUtf8(StandInsEnvironment standIns) {
        String to = "karl-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        try (SesV2Client ses = ses(standIns.endpoint(StandIn.SES))) {
            String messageId = new SesMailer(ses, "kundportal@example.se").send(new MailMessage(to,
                    "Välkommen till Ineras kundportal", "<p>Hej Åsa, här är länken</p>", "Hej Åsa, här är länken"));

            assertThat(messageId).isNotBlank();
        }

        SentMail mail = standIns.mailbox().sentMailsTo(to).get(0);
        assertThat(mail.from()).contains("kundportal@example.se");
        assertThat(mail.subject()).isEqualTo("Välkommen till Ineras kundportal");
        assertThat(mail.htmlBody()).contains("<p>Hej Åsa, här är länken</p>");
        assertThat(mail.textBody()).contains("Hej Åsa, här är länken");
    }

    @Test
    void aProviderThatCannotBeReachedIsMailNotSent() {
        try (SesV2Client unreachable = ses(URI.create("http://127.0.0.1:9"))) {
            assertThatThrownBy(() -> new SesMailer(unreachable, "kundportal@example.se")
                    .send(new MailMessage("a@example.se", "Ämne", "<p>x</p>", "x")))
                    .isInstanceOf(MailNotSent.class).hasMessageNotContaining("a@example.se");
        }
    }
}
