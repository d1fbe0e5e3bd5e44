package se.inera.kundportal.functions.bankid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.functions.json.Json;

/**
 * The client against a tiny JDK HTTP server answering with the RP API v6.0's recorded shapes; the
 * BankID simulator in {@code local} plays the full API, this checks our side of the wire.
 */
class HttpBankIdClientTest {
    private HttpServer server;
    private final List<Recorded> requests = new ArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{}";

    record Recorded(String path, String contentType, JsonNode body) {
    }

    @BeforeEach
    void startFakeBankId() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rp/v6.0/", exchange -> {
            try (exchange) {
                requests.add(new Recorded(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes())));
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpBankIdClient client() {
        return HttpBankIdClient.fromEnvironment(Map.of(HttpBankIdClient.BASE_URL_VARIABLE,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/rp/v6.0/"));
    }

    private void answers(int status, String json) {
        this.status = status;
        this.answer = json;
    }

    @Test
    void signsWithThePersonalNumberRequirementAndBase64Data() {
        answers(200, "{\"orderRef\":\"131daac9-16c6-4618-beb0-365768f37288\",\"autoStartToken\":"
                + "\"7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6\",\"qrStartToken\":\"67df3917-fa0d-44e5-b327-edcc928297f8\","
                + "\"qrStartSecret\":\"d28db9a7-4cde-429e-a983-359be676944c\"}");
        byte[] hash = {1, 2, 3, (byte) 0xff};

        BankId.Order start = client().sign(new BankId.SignRequest("192.0.2.15", new Personnummer("198501019817"),
                "# Kundavtal 2\n\nJag skriver under för *Vårdbolaget*.", hash));

        assertThat(start.orderRef()).isEqualTo("131daac9-16c6-4618-beb0-365768f37288");
        assertThat(start.qrStartSecret()).isEqualTo("d28db9a7-4cde-429e-a983-359be676944c");
        Recorded request = requests.get(0);
        assertThat(request.path()).isEqualTo("/rp/v6.0/sign");
        assertThat(request.contentType()).isEqualTo("application/json");
        JsonNode body = request.body();
        assertThat(body.path("endUserIp").asText()).isEqualTo("192.0.2.15");
        assertThat(body.path("requirement").path("personalNumber").asText()).isEqualTo("198501019817");
        assertThat(body.path("userVisibleDataFormat").asText()).isEqualTo("simpleMarkdownV1");
        assertThat(new String(Base64.getDecoder().decode(body.path("userVisibleData").asText()), StandardCharsets.UTF_8))
                .isEqualTo("# Kundavtal 2\n\nJag skriver under för *Vårdbolaget*.");
        assertThat(Base64.getDecoder().decode(body.path("userNonVisibleData").asText())).isEqualTo(hash);
    }

    @Test
    void readsPendingAndFailedWithTheirHintCodesIncludingUnknownOnes() {
        answers(200, "{\"orderRef\":\"o-1\",\"status\":\"pending\",\"hintCode\":\"outstandingTransaction\"}");
        CollectResult pending = client().collect("o-1");
        assertThat(pending.status()).isEqualTo(CollectResult.Status.PENDING);
        assertThat(pending.hintCode()).contains("outstandingTransaction");
        assertThat(requests.get(0).body().path("orderRef").asText()).isEqualTo("o-1");

        answers(200, "{\"orderRef\":\"o-1\",\"status\":\"failed\",\"hintCode\":\"aHintFromTheFuture\"}");
        CollectResult failed = client().collect("o-1");
        assertThat(failed.status()).isEqualTo(CollectResult.Status.FAILED);
        assertThat(failed.hintCode()).contains("aHintFromTheFuture");
    }

    @Test
    void readsTheCompletionDataOfACompletedSignature() {
        answers(200, """
                {"orderRef":"o-1","status":"complete","completionData":{
                  "user":{"personalNumber":"198501019817","name":"Anna Andersson","givenName":"Anna","surname":"Andersson"},
                  "device":{"ipAddress":"192.0.2.15","uhi":"OZvYM9VvyiAmG7NA5jU5zqGcVpo="},
                  "bankIdIssueDate":"2022-09-01","signature":"PHNpZ25hdHVyZT4=","ocspResponse":"TUlJSGZn"}}""");

        CollectResult complete = client().collect("o-1");

        assertThat(complete.status()).isEqualTo(CollectResult.Status.COMPLETE);
        assertThat(complete.completion()).get().satisfies(data -> {
            assertThat(data.personalNumber()).isEqualTo("198501019817");
            assertThat(data.name()).isEqualTo("Anna Andersson");
            assertThat(data.ipAddress()).isEqualTo("192.0.2.15");
            assertThat(data.signature()).isEqualTo("PHNpZ25hdHVyZT4=");
            assertThat(data.ocspResponse()).isEqualTo("TUlJSGZn");
        });
    }

    @Test
    void mapsBankIdsErrorAnswersToWhatTheCallerCanDo() {
        assertThat(failure(400, "{\"errorCode\":\"alreadyInProgress\",\"details\":\"Order already in progress\"}"))
                .isEqualTo(BankIdException.Kind.ALREADY_IN_PROGRESS);
        assertThat(failure(400, "{\"errorCode\":\"invalidParameters\",\"details\":\"No such order\"}"))
                .isEqualTo(BankIdException.Kind.INVALID_PARAMETERS);
        assertThat(failure(401, "{\"errorCode\":\"unauthorized\",\"details\":\"\"}"))
                .isEqualTo(BankIdException.Kind.UNAUTHORIZED);
        assertThat(failure(404, "{\"errorCode\":\"notFound\",\"details\":\"\"}"))
                .isEqualTo(BankIdException.Kind.NOT_FOUND);
        assertThat(failure(503, "{\"errorCode\":\"maintenance\",\"details\":\"\"}"))
                .isEqualTo(BankIdException.Kind.UNAVAILABLE);
        assertThat(failure(408, "{\"errorCode\":\"requestTimeout\",\"details\":\"\"}"))
                .isEqualTo(BankIdException.Kind.UNAVAILABLE);
        assertThat(failure(429, "")).isEqualTo(BankIdException.Kind.UNAVAILABLE);
        assertThat(failure(502, "<html>Bad gateway</html>")).isEqualTo(BankIdException.Kind.UNAVAILABLE);
        assertThat(failure(418, "{\"errorCode\":\"somethingNew\"}")).isEqualTo(BankIdException.Kind.UNEXPECTED);
    }

    @Test
    void noAnswerAtAllIsUnavailable() {
        HttpBankIdClient client = client();
        server.stop(0);

        assertThatThrownBy(() -> client.collect("o-1")).isInstanceOfSatisfying(BankIdException.class,
                e -> assertThat(e.kind()).isEqualTo(BankIdException.Kind.UNAVAILABLE));
    }

    @Test
    void refusesPlainHttpExceptToALoopbackAddress() {
        HttpClient http = HttpClient.newHttpClient();

        assertThatThrownBy(() -> new HttpBankIdClient(URI.create("http://appapi2.test.bankid.com/rp/v6.0"), http))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpBankIdClient(URI.create("http://10.0.0.5/rp/v6.0"), http))
                .isInstanceOf(IllegalArgumentException.class);
        new HttpBankIdClient(URI.create("http://localhost:8089/rp/v6.0"), http);
        new HttpBankIdClient(URI.create("http://[::1]:8089/rp/v6.0"), http);
        new HttpBankIdClient(URI.create("https://appapi2.test.bankid.com/rp/v6.0"), http);
    }

    @Test
    void httpsNeedsTheClientCertificate() {
        assertThatThrownBy(() -> HttpBankIdClient.fromEnvironment(Map.of(HttpBankIdClient.BASE_URL_VARIABLE,
                "https://appapi2.test.bankid.com/rp/v6.0"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BankIdTls.CLIENT_CERTIFICATE_SECRET_VARIABLE);
    }

    @Test
    void theLocalSimulatorOverPlainHttpTakesNoSecretAndRefusesOne() {
        List<String> read = new ArrayList<>();
        HttpBankIdClient.fromEnvironment(Map.of(HttpBankIdClient.BASE_URL_VARIABLE, "http://127.0.0.1:8089/rp/v6.0"),
                arn -> {
                    read.add(arn);
                    return "{}";
                });
        assertThat(read).as("no secret is read for the simulator").isEmpty();

        assertThatThrownBy(() -> HttpBankIdClient.fromEnvironment(Map.of(
                HttpBankIdClient.BASE_URL_VARIABLE, "http://127.0.0.1:8089/rp/v6.0",
                BankIdTls.CLIENT_CERTIFICATE_SECRET_VARIABLE, "arn:aws:secretsmanager:eu-north-1:1:secret:bankid"),
                arn -> "{}")).isInstanceOf(IllegalStateException.class).hasMessageContaining("only used over https");
        assertThatThrownBy(() -> HttpBankIdClient.fromEnvironment(Map.of(
                HttpBankIdClient.BASE_URL_VARIABLE, "http://bankid.example.se/rp/v6.0"), arn -> "{}"))
                .as("plain http stays loopback-only").isInstanceOf(IllegalArgumentException.class);
    }

    private BankIdException.Kind failure(int status, String body) {
        answers(status, body);
        try {
            client().collect("o-1");
        } catch (BankIdException e) {
            return e.kind();
        }
        throw new AssertionError("no BankIdException for " + status);
    }
}
