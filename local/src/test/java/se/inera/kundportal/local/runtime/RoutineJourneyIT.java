package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;
import static se.inera.kundportal.local.runtime.Portal.person;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.runtime.Portal.Answer;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Issue 10's first acceptance point, the SMS path, through the local gateway with cognito-local tokens and the
 * stand-ins: a registered customer's administrator adds an orderer, an attestant and an agreement contact; the
 * orderer orders a service that needs care units; the attestant opens the mailed link, gets the SMS code and
 * approves; customer service is told and records the delivery; the access instructions reach the orderer, the
 * administrator and the agreement contact, and the order's execution succeeds in the engine.
 */
class RoutineJourneyIT extends WithLocalPortal {
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    /** The template's default; the local runtime keeps it. */
    private static final String CUSTOMER_SERVICE = "kundservice@inera.se";
    private static final String INSTRUCTIONS = "Logga in på Webcert med SITHS-kort; Vårdcentral Norr är ansluten.";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anOrderAttestedBySmsCodeIsDeliveredAndEveryoneIsToldHowToGetAccess() {
        String organisation = Portal.organisationsnummer();
        String administratorEmail = email("admin");
        String administrator = portal.registerCustomer(organisation, "Region " + organisation, administratorEmail);
        String ordererEmail = email("bestallare");
        String attestantEmail = email("attestant");
        String contactEmail = email("avtalskontakt");
        String users = "/organisations/" + organisation + "/users";
        for (Map<String, Object> user : List.of(person("Olof Beställare", ordererEmail, null, "ORDERER"),
                person("Astrid Attestant", attestantEmail, OrderingIT.ATTESTANTS_PERSONNUMMER, "ATTESTANT"),
                person("Karin Kontakt", contactEmail, null, "AGREEMENT_CONTACT"))) {
            Answer added = portal.call("POST", users, administrator, user);
            assertThat(added.status()).as(added.raw()).isEqualTo(201);
        }

        // The orderer's first order of Webcert lists all care units, quoted and placed with one Idempotency-Key.
        String orderer = portal.signInFirstTime(ordererEmail);
        String orders = "/organisations/" + organisation + "/orders";
        Map<String, Object> form = OrderingIT.webcertOrder(true, false);
        Answer quote = portal.call("POST", orders + "/quote", orderer, form);
        assertThat(quote.status()).as(quote.raw()).isEqualTo(200);
        assertThat(quote.at("/addOn").asBoolean()).isFalse();
        Answer placed = portal.call("POST", orders, Optional.of(orderer), form,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        String orderId = placed.at("/order/orderId").asText();

        // The attestant follows the mailed link, reads the order (without deciding) and asks for the SMS code.
        String link = attestationLink(portal.awaitMail(attestantEmail,
                text -> text.contains("/attestera/")).textBody().orElseThrow());
        Answer page = portal.call("GET", "/attestation/" + link, Optional.empty(), null);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.at("/orderId").asText()).isEqualTo(orderId);
        assertThat(page.at("/status").asText()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(page.at("/methods").toString()).contains("SMS_CODE");
        assertThat(portal.call("GET", orders + "/" + orderId, orderer, null).at("/status").asText())
                .isEqualTo("AWAITING_ATTESTATION");
        Answer codeSent = portal.call("POST", "/attestation/" + link + "/sms-code", Optional.empty(), Map.of());
        assertThat(codeSent.status()).as(codeSent.raw()).isEqualTo(200);
        String code = Portal.await(RoutineJourneyIT::smsCode, () -> "No SMS code in the capture");

        Answer approved = portal.call("POST", "/attestation/" + link + "/decision", Optional.empty(),
                Map.of("approve", true, "code", code));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);

        // Customer service is told, the orderer gets the confirmation, and the operator records the delivery.
        portal.awaitMail(CUSTOMER_SERVICE, text -> text.contains(orderId));
        portal.awaitMail(ordererEmail, text -> text.contains("attesterad"));
        String operator = portal.operatorToken();
        Answer delivered = portal.call("POST", "/operator/orders/" + orderId + "/delivery", operator,
                Map.of("accessInstructions", INSTRUCTIONS));
        assertThat(delivered.status()).as(delivered.raw()).isEqualTo(200);

        for (String recipient : List.of(ordererEmail, administratorEmail, contactEmail)) {
            assertThat(portal.awaitMail(recipient, text -> text.contains(INSTRUCTIONS)).subject())
                    .startsWith("Så får ni");
        }
        try (SfnClient sfn = LocalRuntimeIT.sfn(portal.endpoints.stepFunctions())) {
            // One execution per order, named after its id.
            String execution = sfn.listStateMachines().stateMachines().stream()
                    .flatMap(machine -> sfn.listExecutions(request -> request.stateMachineArn(machine.stateMachineArn()))
                            .executions().stream())
                    .filter(candidate -> candidate.name().equals(orderId)).findFirst().orElseThrow().executionArn();
            Portal.await(() -> Optional.of(sfn.describeExecution(request -> request.executionArn(execution)).status())
                    .filter(status -> status != ExecutionStatus.RUNNING), () -> "The order's execution still runs");
            assertThat(sfn.describeExecution(request -> request.executionArn(execution)).status())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
        }
        assertThat(portal.call("GET", orders + "/" + orderId, orderer, null).at("/status").asText())
                .isEqualTo("DELIVERED");
    }

    private static String attestationLink(String mail) {
        Matcher matcher = Pattern.compile(Pattern.quote(portal.endpoints.portal().resolve("/attestera/").toString())
                + "([A-Za-z0-9_-]{22,128})").matcher(mail);
        assertThat(matcher.find()).as("an attestation link in %s", mail).isTrue();
        return matcher.group(1);
    }

    /** The code of the one SMS the capture holds (only the attestant is sent one in this class). */
    private static Optional<String> smsCode() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(portal.endpoints.sms().toString().replaceAll("/$", "") + "/messages")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode messages = Portal.JSON.readTree(response.body()).path("messages");
            if (messages.isEmpty()) {
                return Optional.empty();
            }
            assertThat(messages.size()).as(response.body()).isEqualTo(1);
            Matcher matcher = CODE.matcher(messages.get(0).path("message").asText());
            assertThat(matcher.find()).as(response.body()).isTrue();
            return Optional.of(matcher.group(1));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
