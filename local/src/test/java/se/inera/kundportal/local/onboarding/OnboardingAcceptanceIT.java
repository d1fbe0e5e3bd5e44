package se.inera.kundportal.local.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.agreement.SignWithBankIdService;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.functions.application.SubmitApplicationHandler;
import se.inera.kundportal.functions.bankid.BankIdAdapter;
import se.inera.kundportal.functions.bankid.HttpBankIdClient;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.operator.DecideApplicationHandler;
import se.inera.kundportal.functions.signing.AgreementDocument;
import se.inera.kundportal.functions.signing.CollectBankIdSigningHandler;
import se.inera.kundportal.functions.signing.DynamoSigningSessions;
import se.inera.kundportal.functions.signing.StartBankIdSigningHandler;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.bankid.BankIdSimulator;
import se.inera.kundportal.local.bankid.BankIdSimulatorServer;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

/**
 * The acceptance journey: an HTTP POST of an application (the submit handler, on the body of
 * {@code events/submit-application/valid-application.json}), the operator's approval (the decision
 * handler), the three e-mails read back from the SES stand-in, a BankID signature through the signing
 * handlers against the BankID simulator, and an active customer; the execution history shows the
 * named states. Every handler is the real one; the workflow runs in the local engine.
 */
@StandIns({StandIn.DYNAMODB, StandIn.SES, StandIn.COGNITO})
class OnboardingAcceptanceIT {
    /** A BankID test person of the simulator (test-persons.json), as the application's signatory. */
    private static final String SIGNATORY_PERSONNUMMER = "198501019817";
    private static final String CLIENT_IP = "192.0.2.15";
    private static final Pattern SIGNING_LINK = Pattern.compile("/signera/([A-Za-z0-9_-]{22,128})");

    OnboardingWorkflowHarness harness;
    private BankIdSimulatorServer bankId;

    @AfterEach
    void close() {
        if (bankId != null) {
            bankId.close();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void anApplicationPostedOverHttpBecomesAnActiveCustomerAfterApprovalAndBankIdSignature(
            StandInsEnvironment standIns) throws IOException {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        bankId = BankIdSimulatorServer.start(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String administrator = "admin-" + tag + "@example.se";
        String signatory = "signatory-" + tag + "@example.se";
        String contact = "contact-" + tag + "@example.se";
        Applicants numbers = Applicants.unique();

        // 1. The applicant posts the form.
        ObjectNode form = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.readTree(Files.readString(
                OnboardingWorkflowHarness.projectDirectory()
                        .resolve("events/submit-application/valid-application.json")))
                .path("body").asText());
        ((ObjectNode) form.path("organisation")).put("organisationsnummer", numbers.organisationsnummer());
        ((ObjectNode) form.path("contacts").path("administrator")).put("email", administrator);
        ((ObjectNode) form.path("contacts").path("signatory")).put("email", signatory)
                .put("personnummer", "19850101-9817");
        ((ObjectNode) form.path("contacts").path("agreementContact")).put("email", contact);
        APIGatewayV2HTTPResponse submitted = new SubmitApplicationHandler(harness.applications)
                .handleRequest(request("POST", "/applications", Map.of(), form.toString(), Map.of()), null);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(201);
        ApplicationId id = new ApplicationId(Json.MAPPER.readTree(submitted.getBody()).path("applicationId").asText());
        harness.clock.runReady();

        // 2. Inera's operator approves it.
        APIGatewayV2HTTPResponse decided = new DecideApplicationHandler(harness.applications)
                .handleRequest(request("POST", "/operator/applications/" + id + "/decision",
                        Map.of("applicationId", id.value()), "{\"approved\": true}", operatorClaims()), null);
        assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(200);
        harness.clock.runReady();

        // 3. The three e-mails.
        assertThat(standIns.mailbox().sentMailsTo(administrator)).singleElement()
                .extracting(mail -> mail.textBody().orElseThrow()).asString().contains("Tillfälligt lösenord");
        assertThat(standIns.mailbox().sentMailsTo(contact)).hasSize(1);
        List<SentMail> toSignatory = standIns.mailbox().sentMailsTo(signatory);
        assertThat(toSignatory).hasSize(1);
        Matcher link = SIGNING_LINK.matcher(toSignatory.get(0).textBody().orElseThrow());
        assertThat(link.find()).isTrue();
        String linkId = link.group(1);

        // 4. The signatory signs with BankID through the link.
        SignWithBankId signing = new SignWithBankIdService(harness.signing, harness.store.agreements(),
                harness.store.organisations(), harness.store.applications(),
                new DynamoSigningSessions(standIns.dynamoDb(), standIns.tableName(), harness.wallClock),
                AgreementDocument.library(),
                new BankIdAdapter(new HttpBankIdClient(bankId.apiBaseUri(), HttpClient.newHttpClient())),
                harness.waits::agreementSigned, harness.store.bankIdStarts(), harness.wallClock);
        APIGatewayV2HTTPResponse started = new StartBankIdSigningHandler(signing).handleRequest(request("POST",
                "/signing/" + linkId + "/bankid", Map.of("linkId", linkId), null, Map.of()), null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(200);
        JsonNode order = Json.MAPPER.readTree(started.getBody());
        BankIdSimulator app = bankId.simulator();
        app.openInApp(order.path("autoStartToken").asText());
        app.identify(order.path("orderRef").asText(), SIGNATORY_PERSONNUMMER, CLIENT_IP);
        app.confirm(order.path("orderRef").asText());
        harness.clock.advance(Duration.ofSeconds(2));
        APIGatewayV2HTTPResponse collected = new CollectBankIdSigningHandler(signing).handleRequest(request("POST",
                "/signing/" + linkId + "/bankid/collect", Map.of("linkId", linkId), null, Map.of()), null);
        assertThat(collected.getStatusCode()).as(collected.getBody()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(collected.getBody()).path("status").asText()).isEqualTo("complete");
        harness.clock.runReady();

        // 5. An active customer, and the history an operator reads in the console.
        assertThat(harness.engine.describeExecution(harness.executionArn(id.value())).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(harness.store.organisations().get(new Organisationsnummer(numbers.organisationsnummer())).canOrder())
                .isTrue();
        assertThat(harness.store.applications().get(id).status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(harness.engine.getExecutionHistory(harness.executionArn(id.value())).stream()
                .filter(event -> event.type().endsWith("StateEntered"))
                .map(event -> event.details().path("name").asText()).toList())
                .containsSubsequence("Record Application", "Wait For Inera Decision", "Approved?", "Create Customer",
                        "Send Onboarding E-mails", "Wait For Signature", "Activate Agreement", "Welcome Administrator",
                        "Customer Onboarded");
        assertThat(standIns.mailbox().sentMailsTo(administrator)).hasSize(2);
    }

    private static Map<String, String> operatorClaims() {
        return Map.of("sub", "5f3a8c1e-0d4b-4a8e-9c2f-7e6d5c4b3a21", "email", "olle.operator@inera.example.se",
                "name", "Olle Operatör", "cognito:groups", "[Operators]");
    }

    /** An HTTP API (payload 2.0) event as API Gateway delivers it, with JWT claims when given. */
    private static APIGatewayV2HTTPEvent request(String method, String path, Map<String, String> pathParameters,
                                                 String body, Map<String, String> claims) {
        RequestContext.RequestContextBuilder context = RequestContext.builder()
                .withHttp(RequestContext.Http.builder().withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                        .withSourceIp(CLIENT_IP).withUserAgent("OnboardingAcceptanceIT").build())
                .withRequestId(UUID.randomUUID().toString())
                .withStage("$default");
        if (!claims.isEmpty()) {
            context.withAuthorizer(RequestContext.Authorizer.builder()
                    .withJwt(RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(method + " " + path)
                .withRawPath(path)
                .withHeaders(Map.of("content-type", "application/json", "x-forwarded-for", CLIENT_IP))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(context.build())
                .build();
    }
}
