package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.runtime.Portal.Answer;
import se.inera.kundportal.standins.SamTemplate;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * The journeys run on the functions jar the build deploys ({@code functions/target/kundportal-functions.jar}, with the
 * SDK classes no function can reach removed), every handler loaded from that jar alone, as in Lambda: an
 * application, Inera's approval and the BankID signature (here), then the routine order and its attestation by SMS
 * code and by BankID ({@link RoutineJourneyIT}'s, inherited). A class the shrinking removed that a handler needs
 * fails here, while the other tests run the handlers from the class path.
 */
@WithLocalPortal.FunctionsFromTheJar
class FunctionsJarJourneyIT extends RoutineJourneyIT {
    private static final Pattern SIGNING_LINK = Pattern.compile("/signera/([A-Za-z0-9_-]{22,128})");
    /** The sample application's signatory, a BankID test person of the simulator. */
    private static final String SIGNATORY_BANKID_NUMBER = "198501019817";

    @Test
    void everyHandlerIsMadeFromTheJar() {
        assertThat(runtime.warnings()).noneMatch(warning -> warning.contains("cannot be made"));
    }

    @Test
    void anApplicationIsApprovedAndItsAgreementSignedWithBankId() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String application = json.readTree(SamTemplate.ofProject().source().getParent()
                .resolve("events/submit-application/valid-application.json").toFile()).path("body").asText();
        Answer submitted = portal.call("POST", "/applications", Optional.empty(), json.readValue(application, Map.class));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String applicationId = submitted.at("/applicationId").asText();

        Answer decided = portal.call("POST", "/operator/applications/" + applicationId + "/decision",
                portal.operatorToken(), Map.of("approved", true));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);

        String mail = portal.awaitMail("anna.andersson@vardbolaget.example.se",
                text -> SIGNING_LINK.matcher(text).find()).textBody().orElseThrow();
        Matcher link = SIGNING_LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        String signing = "/signing/" + link.group(1);
        Answer page = portal.call("GET", signing, Optional.empty(), null);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        Answer started = portal.call("POST", signing + "/bankid", Optional.empty(), Map.of());
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        portal.signInBankIdApp(started.at("/autoStartToken").asText(), started.at("/orderRef").asText(),
                SIGNATORY_BANKID_NUMBER);
        Answer collected = portal.call("POST", signing + "/bankid/collect", Optional.empty(), Map.of());
        assertThat(collected.status()).as(collected.raw()).isEqualTo(200);
        assertThat(collected.at("/status").asText()).as(collected.raw()).isEqualTo("complete");

        // The onboarding's execution (named after the application) activates the agreement and welcomes the
        // administrator, and ends.
        assertThat(portal.finishedOrderExecution(applicationId)).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
