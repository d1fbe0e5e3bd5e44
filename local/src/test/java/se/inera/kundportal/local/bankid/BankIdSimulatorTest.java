package se.inera.kundportal.local.bankid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.functions.bankid.AnimatedQrCode;

/** Drives the simulator over real HTTP, as the project's BankID client will, and plays the user in the app page. */
class BankIdSimulatorTest {
    private static final String ANNA = "198501019817";
    private static final String KARIN = "197902149926";
    private static final String REVOKED = "196808119843";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z"));
    private BankIdSimulatorServer server;
    private RpApiClient client;

    @BeforeEach
    void startSimulator() {
        server = BankIdSimulatorServer.start(0,
                new BankIdSimulator(clock, TestPersons.seeded(), BankIdSimulator.Settings.DEFAULTS));
        client = new RpApiClient(server.apiBaseUri());
    }

    @AfterEach
    void stopSimulator() {
        server.close();
    }

    @Test
    void signsWithQrCodeAndCollectsHintCodesUntilComplete() throws Exception {
        String visibleText = "# Kundavtal 2\nJag godkänner *Kundavtal 2* för Region Exempel.";
        String documentHash = base64(MessageDigest.getInstance("SHA-256")
                .digest("avtalstext".getBytes(StandardCharsets.UTF_8)));
        RpApiClient.JsonResponse started = client.post("/sign", """
                {"endUserIp":"192.0.2.10","userVisibleData":"%s","userVisibleDataFormat":"simpleMarkdownV1",
                 "userNonVisibleData":"%s","requirement":{"personalNumber":"%s","pinCode":true}}"""
                .formatted(base64(visibleText), base64(documentHash), ANNA));
        assertThat(started.status()).isEqualTo(200);
        String orderRef = started.body().get("orderRef").asText();
        Stream.of("orderRef", "autoStartToken", "qrStartToken", "qrStartSecret")
                .forEach(field -> assertThat(UUID.fromString(started.body().get(field).asText())).isNotNull());
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("outstandingTransaction");

        clock.advance(Duration.ofSeconds(3));
        String qr = AnimatedQrCode.forSecond(started.body().get("qrStartToken").asText(),
                started.body().get("qrStartSecret").asText(), 3).content();
        HttpResponse<String> opened = client.postForm("/app/open", Map.of("code", qr));
        assertThat(opened.statusCode()).isEqualTo(303);
        String orderPage = opened.headers().firstValue("Location").orElseThrow();
        assertThat(orderPage).endsWith("/rp/v6.0/app/orders/" + orderRef);
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("started");

        String page = client.getPage("/app/orders/" + orderRef).body();
        assertThat(page).contains("<h2>Kundavtal 2</h2>", "<strong>Kundavtal 2</strong>", "Anna Andersson",
                "Endast BankID för 19850101-9817", "Säkerhetskod krävs");

        assertThat(client.postForm("/app/orders/" + orderRef + "/identify", Map.of("personalNumber", ANNA))
                .statusCode()).isEqualTo(303);
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("userSign");
        assertThat(client.postForm("/app/orders/" + orderRef + "/confirm", Map.of()).statusCode()).isEqualTo(303);

        RpApiClient.JsonResponse complete = client.collect(orderRef);
        assertThat(complete.status()).isEqualTo(200);
        assertThat(complete.body().get("status").asText()).isEqualTo("complete");
        assertThat(complete.body().has("hintCode")).isFalse();
        JsonNode completion = complete.body().get("completionData");
        assertThat(completion.get("user").get("personalNumber").asText()).isEqualTo(ANNA);
        assertThat(completion.get("user").get("name").asText()).isEqualTo("Anna Andersson");
        assertThat(completion.get("user").get("givenName").asText()).isEqualTo("Anna");
        assertThat(completion.get("user").get("surname").asText()).isEqualTo("Andersson");
        assertThat(completion.get("device").get("ipAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(Base64.getDecoder().decode(completion.get("device").get("uhi").asText())).hasSize(20);
        assertThat(completion.get("bankIdIssueDate").asText()).isEqualTo("2022-09-01");
        assertThat(completion.has("stepUp")).isFalse();
        assertThat(completion.has("risk")).isFalse();

        Document signature = parseXml(Base64.getDecoder().decode(completion.get("signature").asText()));
        assertThat(signature.getDocumentElement().getLocalName()).isEqualTo("Signature");
        Element visible = (Element) signature.getElementsByTagNameNS("*", "usrVisibleData").item(0);
        assertThat(visible.getTextContent()).isEqualTo(base64(visibleText));
        assertThat(visible.getAttribute("format")).isEqualTo("simpleMarkdownV1");
        assertThat(signature.getElementsByTagNameNS("*", "usrNonVisibleData").item(0).getTextContent())
                .isEqualTo(base64(documentHash));
        assertThat(signature.getElementsByTagNameNS("*", "funcId").item(0).getTextContent()).isEqualTo("Signing");
        assertThat(signature.getElementsByTagNameNS("*", "DigestValue").getLength()).isEqualTo(2);

        byte[] ocsp = Base64.getDecoder().decode(completion.get("ocspResponse").asText());
        assertThat(ocsp[0]).as("DER SEQUENCE").isEqualTo((byte) 0x30);

        RpApiClient.JsonResponse collectedTwice = client.collect(orderRef);
        assertThat(collectedTwice.status()).isEqualTo(400);
        assertThat(collectedTwice.body().get("errorCode").asText()).isEqualTo("invalidParameters");
    }

    @Test
    void authWithStepUpReportsUserMrtdAndStepUpAndRisk() {
        String orderRef = startAuth("""
                {"endUserIp":"2001:db8::1","returnRisk":true,"requirement":{"mrtd":true}}""");
        openWithAutoStartToken(orderRef);
        client.postForm("/app/orders/" + orderRef + "/identify", Map.of("personalNumber", KARIN));
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("userMrtd");
        client.postForm("/app/orders/" + orderRef + "/mrtd", Map.of());
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("userSign");
        client.postForm("/app/orders/" + orderRef + "/confirm", Map.of());

        JsonNode completion = client.collect(orderRef).body().get("completionData");
        assertThat(completion.get("user").get("personalNumber").asText()).isEqualTo(KARIN);
        assertThat(completion.get("stepUp").get("mrtd").asBoolean()).isTrue();
        assertThat(completion.get("risk").asText()).isEqualTo("low");
    }

    @Test
    void onlyTheRequiredPersonCanCompleteTheOrder() {
        String orderRef = startSign(ANNA);
        openWithAutoStartToken(orderRef);

        HttpResponse<String> refused =
                client.postForm("/app/orders/" + orderRef + "/identify", Map.of("personalNumber", KARIN));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Du kan inte använda det här BankID:t");
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("started");
        assertThat(client.postForm("/app/orders/" + orderRef + "/confirm", Map.of()).statusCode()).isEqualTo(409);

        client.postForm("/app/orders/" + orderRef + "/identify", Map.of("personalNumber", ANNA));
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("userSign");
    }

    @Test
    void revokedBankIdFailsWithCertificateErr() {
        String orderRef = startAuth("{\"endUserIp\":\"192.0.2.10\"}");
        openWithAutoStartToken(orderRef);

        client.postForm("/app/orders/" + orderRef + "/identify", Map.of("personalNumber", REVOKED));

        assertFailedWith(orderRef, "certificateErr");
    }

    @Test
    void userCancelInTheAppFailsTheOrder() {
        String orderRef = startSign(ANNA);
        openWithAutoStartToken(orderRef);

        assertThat(client.postForm("/app/orders/" + orderRef + "/cancel", Map.of()).statusCode()).isEqualTo(303);

        assertFailedWith(orderRef, "userCancel");
        assertThat(client.getPage("/app/orders/" + orderRef).body()).contains("Du avbröt.");
    }

    @Test
    void cancelByTheRelyingPartyForgetsTheOrder() {
        String orderRef = startSign(ANNA);

        RpApiClient.JsonResponse cancelled = client.post("/cancel", "{\"orderRef\":\"" + orderRef + "\"}");

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().isObject() && cancelled.body().isEmpty()).isTrue();
        assertInvalidParameters(client.collect(orderRef));
        assertInvalidParameters(client.post("/cancel", "{\"orderRef\":\"" + orderRef + "\"}"));
        assertThat(client.getPage("/app").body()).doesNotContain(orderRef);
    }

    @Test
    void pendingOrderExpiresAfterItsLifetime() {
        String orderRef = startSign(ANNA);
        openWithAutoStartToken(orderRef);
        clock.advance(BankIdSimulator.Settings.DEFAULTS.orderLifetime().minusSeconds(1));
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("started");

        clock.advance(Duration.ofSeconds(1));

        assertFailedWith(orderRef, "expiredTransaction");
    }

    @Test
    void orderNoAppPicksUpFailsWithStartFailed() {
        String orderRef = startSign(ANNA);

        clock.advance(BankIdSimulator.Settings.DEFAULTS.startWindow());

        assertFailedWith(orderRef, "startFailed");
    }

    @Test
    void secondOrderForTheSamePersonIsRefusedAndTheFirstIsCancelled() {
        String first = startSign(ANNA);

        RpApiClient.JsonResponse second = client.post("/auth", """
                {"endUserIp":"192.0.2.10","requirement":{"personalNumber":"%s"}}""".formatted(ANNA));

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body().get("errorCode").asText()).isEqualTo("alreadyInProgress");
        assertFailedWith(first, "cancelled");
        assertThat(client.post("/auth", """
                {"endUserIp":"192.0.2.10","requirement":{"personalNumber":"%s"}}""".formatted(ANNA)).status())
                .isEqualTo(200);
    }

    static Stream<Arguments> invalidRequests() {
        String text = base64("Hej");
        return Stream.of(
                Arguments.of("/auth", "{}", "Missing endUserIp"),
                Arguments.of("/auth", "{\"endUserIp\":\"localhost\"}", "Invalid endUserIp"),
                Arguments.of("/auth", "{\"endUserIp\":\"256.1.1.1\"}", "Invalid endUserIp"),
                Arguments.of("/sign", "{\"endUserIp\":\"192.0.2.1\"}", "Missing userVisibleData"),
                Arguments.of("/sign", "{\"endUserIp\":\"192.0.2.1\",\"userVisibleData\":\"Hej!\"}",
                        "Invalid userVisibleData: not base64"),
                Arguments.of("/sign", "{\"endUserIp\":\"192.0.2.1\",\"userVisibleData\":\"" + text
                        + "\",\"userVisibleDataFormat\":\"markdown\"}", "Invalid userVisibleDataFormat"),
                Arguments.of("/sign", "{\"endUserIp\":\"192.0.2.1\",\"userVisibleData\":\""
                        + "A".repeat(40_004) + "\"}", "Invalid userVisibleData: length must be 1-40000"),
                Arguments.of("/auth", "{\"endUserIp\":\"192.0.2.1\",\"requirement\":{\"personalNumber\":"
                        + "\"198501019818\"}}", "Invalid personalNumber"),
                Arguments.of("/auth", "{\"endUserIp\":\"192.0.2.1\",\"requirement\":{\"pinCode\":\"yes\"}}",
                        "Invalid requirement.pinCode: must be true or false"),
                Arguments.of("/auth", "{\"endUserIp\":\"192.0.2.1\",\"requirement\":{\"cardReader\":\"class3\"}}",
                        "Invalid cardReader"),
                Arguments.of("/auth", "{\"endUserIp\":\"192.0.2.1\",\"requirement\":{\"certificatePolicies\":"
                        + "[\"not.an.oid\"]}}", "Invalid certificatePolicies"),
                Arguments.of("/auth", "{\"endUserIp\":\"192.0.2.1\",\"personalNumber\":\"" + ANNA + "\"}",
                        "Unknown parameter: personalNumber"),
                Arguments.of("/auth", "[1,2]", "Request body must be a JSON object"),
                Arguments.of("/auth", "{not json", "Request body is not valid JSON"),
                Arguments.of("/collect", "{\"orderRef\":\"" + UUID.randomUUID() + "\"}", "No such order"),
                Arguments.of("/collect", "{}", "Missing orderRef"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("invalidRequests")
    void refusesInvalidParametersLikeBankId(String method, String body, String details) {
        RpApiClient.JsonResponse response = client.post(method, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errorCode").asText()).isEqualTo("invalidParameters");
        assertThat(response.body().get("details").asText()).isEqualTo(details);
    }

    @Test
    void answersProtocolErrorsWithBankIdsStatusCodes() {
        RpApiClient.JsonResponse withCharset =
                client.post("/auth", "{\"endUserIp\":\"192.0.2.1\"}", "application/json; charset=UTF-8");
        assertThat(withCharset.status()).isEqualTo(415);
        assertThat(withCharset.body().get("errorCode").asText()).isEqualTo("unsupportedMediaType");

        RpApiClient.JsonResponse get = client.get("/collect");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.body().get("errorCode").asText()).isEqualTo("methodNotAllowed");

        RpApiClient.JsonResponse unknown = client.post("/phone/auth", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("errorCode").asText()).isEqualTo("notFound");
    }

    @Test
    void injectedFaultAnswersTheNextCallOnly() {
        String orderRef = startSign(ANNA);
        server.simulator().failNextCall("collect", 503, "maintenance", "Service unavailable");

        RpApiClient.JsonResponse maintenance = client.collect(orderRef);

        assertThat(maintenance.status()).isEqualTo(503);
        assertThat(maintenance.body().get("errorCode").asText()).isEqualTo("maintenance");
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("outstandingTransaction");
    }

    @Test
    void appAcceptsOnlyAuthenticFreshQrCodes() {
        RpApiClient.JsonResponse started = client.post("/sign", """
                {"endUserIp":"192.0.2.10","userVisibleData":"%s"}""".formatted(base64("Attestera order 7")));
        String orderRef = started.body().get("orderRef").asText();
        String token = started.body().get("qrStartToken").asText();
        String secret = started.body().get("qrStartSecret").asText();
        clock.advance(Duration.ofSeconds(20));

        HttpResponse<String> forged = client.postForm("/app/open",
                Map.of("code", AnimatedQrCode.forSecond(token, "not-the-secret", 20).content()));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("QR-koden är förfalskad");

        HttpResponse<String> stale = client.postForm("/app/open",
                Map.of("code", AnimatedQrCode.forSecond(token, secret, 0).content()));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("QR-koden är för gammal");

        HttpResponse<String> fromTheFuture = client.postForm("/app/open",
                Map.of("code", AnimatedQrCode.forSecond(token, secret, 25).content()));
        assertThat(fromTheFuture.statusCode()).isEqualTo(400);
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("outstandingTransaction");

        HttpResponse<String> fresh = client.postForm("/app/open",
                Map.of("code", AnimatedQrCode.forSecond(token, secret, 19).content()));
        assertThat(fresh.statusCode()).isEqualTo(303);
        assertThat(hintCode(client.collect(orderRef))).isEqualTo("started");
    }

    @Test
    void appPageListsOrdersInProgressAndEscapesWhatTheRelyingPartySent() {
        String orderRef = startSignWithText("<script>alert('x')</script>");

        String list = client.getPage("/app").body();
        assertThat(list).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        openWithAutoStartToken(orderRef);
        HttpResponse<String> page = client.getPage("/app/orders/" + orderRef);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(page.body()).contains("&lt;script&gt;").doesNotContain("<script>alert");
    }

    // ---- helpers ----

    private String startSign(String personalNumber) {
        RpApiClient.JsonResponse started = client.post("/sign", """
                {"endUserIp":"192.0.2.10","userVisibleData":"%s","requirement":{"personalNumber":"%s"}}"""
                .formatted(base64("Attestera order 7"), personalNumber));
        assertThat(started.status()).isEqualTo(200);
        return started.body().get("orderRef").asText();
    }

    private String startSignWithText(String text) {
        return client.post("/sign", "{\"endUserIp\":\"192.0.2.10\",\"userVisibleData\":\"" + base64(text) + "\"}")
                .body().get("orderRef").asText();
    }

    private String startAuth(String body) {
        RpApiClient.JsonResponse started = client.post("/auth", body);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        return started.body().get("orderRef").asText();
    }

    private void openWithAutoStartToken(String orderRef) {
        String token = server.simulator().order(orderRef).orElseThrow().autoStartToken();
        assertThat(client.postForm("/app/open", Map.of("code", token)).statusCode()).isEqualTo(303);
    }

    private void assertFailedWith(String orderRef, String hintCode) {
        RpApiClient.JsonResponse collected = client.collect(orderRef);
        assertThat(collected.status()).isEqualTo(200);
        assertThat(collected.body().get("status").asText()).isEqualTo("failed");
        assertThat(collected.body().get("hintCode").asText()).isEqualTo(hintCode);
        assertThat(collected.body().has("completionData")).isFalse();
    }

    private static void assertInvalidParameters(RpApiClient.JsonResponse response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errorCode").asText()).isEqualTo("invalidParameters");
    }

    private static String hintCode(RpApiClient.JsonResponse collected) {
        assertThat(collected.status()).as(collected.body().toString()).isEqualTo(200);
        assertThat(collected.body().get("status").asText()).isEqualTo("pending");
        return collected.body().get("hintCode").asText();
    }

    private static String base64(String text) {
        return base64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
