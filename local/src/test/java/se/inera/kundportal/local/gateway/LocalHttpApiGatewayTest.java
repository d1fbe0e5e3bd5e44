package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.inera.kundportal.local.gateway.testhandlers.BlockingHandler;
import se.inera.kundportal.local.gateway.testhandlers.EchoEventHandler;
import se.inera.kundportal.local.gateway.testhandlers.FailingHandler;
import se.inera.kundportal.core.testing.ManualClock;

class LocalHttpApiGatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ALLOWED_ORIGIN = "http://localhost:5173";
    private static TestIssuer issuer;

    @TempDir
    Path web;

    @BeforeAll
    static void startIssuer() throws IOException {
        issuer = new TestIssuer();
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void invokesTheRoutesHandlerAndMapsItsResponse() {
        GatewayResponse response = gateway().respond(request("GET", "/items/42?x=1"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.bodyText()).isEqualTo("/items/42");
        assertThat(response.header("content-type")).containsExactly("text/plain");
        assertThat(response.header("x-tags")).containsExactly("a", "b");
        assertThat(response.header("set-cookie")).containsExactly("session=abc; HttpOnly", "theme=dark");
        assertThat(response.header("apigw-requestid")).hasSize(1);
        APIGatewayV2HTTPEvent event = EchoEventHandler.LAST_EVENT.get();
        assertThat(event.getRouteKey()).isEqualTo("GET /items/{itemId}");
        assertThat(event.getPathParameters()).containsOnly(Map.entry("itemId", "42"));
        assertThat(event.getQueryStringParameters()).containsOnly(Map.entry("x", "1"));
        assertThat(event.getRequestContext().getRequestId()).isEqualTo(response.header("apigw-requestid").get(0));
        assertThat(EchoEventHandler.LAST_CONTEXT.get().getFunctionName()).isEqualTo("ItemFunction");
        assertThat(EchoEventHandler.LAST_CONTEXT.get().getAwsRequestId()).isNotBlank();
        assertThat(EchoEventHandler.LAST_CONTEXT.get().getRemainingTimeInMillis()).isEqualTo(20_000);
    }

    @Test
    void instantiatesEachFunctionsHandlerOnce() {
        LocalHttpApiGateway gateway = gateway();
        gateway.respond(request("GET", "/files/a.txt"));
        int instances = EchoEventHandler.INSTANCES.get();
        gateway.respond(request("PUT", "/files/b/c.txt"));
        assertThat(EchoEventHandler.INSTANCES.get()).isEqualTo(instances);
        assertThat(EchoEventHandler.LAST_EVENT.get().getPathParameters()).containsEntry("proxy", "b/c.txt");
    }

    @Test
    void answersAPlainObjectAs200Json() throws IOException {
        GatewayResponse response = gateway().respond(request("GET", "/ping"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).containsExactly("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"greeting\":\"hej\",\"routeKey\":\"GET /ping\"}"));
    }

    @Test
    void hidesAThrowingHandlersErrorBehind500() {
        GatewayResponse response = gateway().respond(request("GET", "/fail"));
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Internal Server Error\"}")
                .doesNotContain(FailingHandler.SECRET_MESSAGE);
    }

    @Test
    void answers503WhenTheHandlerOutlivesTheFunctionsTimeout() throws InterruptedException {
        GatewayResponse response = gateway().respond(request("GET", "/slow"));
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Service Unavailable\"}");
        assertThat(BlockingHandler.INTERRUPTED.await(10, TimeUnit.SECONDS)).as("the handler was interrupted").isTrue();
    }

    @Test
    void answers429WhenEveryInvocationThreadIsBusy() throws Exception {
        LocalHttpApiGateway oneAtATime = builder(Clock.systemUTC()).invocationThreads(1, 0).build();
        BlockingHandler.STARTED.drainPermits();
        CompletableFuture<GatewayResponse> first = CompletableFuture.supplyAsync(() -> oneAtATime.respond(request("GET", "/slow")));
        assertThat(BlockingHandler.STARTED.tryAcquire(10, TimeUnit.SECONDS)).as("the first invocation runs").isTrue();

        GatewayResponse second = oneAtATime.respond(request("GET", "/ping"));

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.bodyText()).isEqualTo("{\"message\":\"Too Many Requests\"}");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(503);
    }

    @Test
    void passesBinaryBodiesBase64EncodedToAStreamHandlerAndBack() {
        byte[] binary = {0, (byte) 0xff, 1, (byte) 0xfe, 'x'};
        GatewayResponse response = gateway().respond(new GatewayRequest("POST", "/stream", "",
                Map.of("Content-Type", List.of("application/octet-stream")), binary, "127.0.0.1", "HTTP/1.1"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(binary);
        assertThat(response.header("content-type")).containsExactly("application/octet-stream");
    }

    @Test
    void answers404ForAnUnknownRoute() {
        GatewayResponse response = gateway().respond(request("GET", "/nothing/here"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Not Found\"}");
        assertThat(gateway().respond(request("DELETE", "/ping")).status()).isEqualTo(404);
    }

    @Test
    void answers400ForAMalformedPath() {
        GatewayResponse response = gateway().respond(request("GET", "/items/%zz"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Bad Request\"}");
    }

    @Test
    void answers413ForABodyOverTheLimit() {
        LocalHttpApiGateway small = builder(Clock.fixed(NOW, ZoneOffset.UTC)).maxBodyBytes(8).build();
        GatewayResponse response = small.respond(new GatewayRequest("POST", "/stream", "", Map.of(),
                new byte[9], "127.0.0.1", "HTTP/1.1"));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Request Entity Too Large\"}");
    }

    @Test
    void refusesAProtectedRouteWithoutToken() {
        GatewayResponse response = gateway().respond(request("GET", "/me"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(response.header("www-authenticate")).containsExactly("Bearer");
    }

    @Test
    void handsTheVerifiedClaimsToTheHandler() {
        ObjectNode claims = idToken().putPOJO("cognito:groups", List.of("Operators", "Administrators"));
        GatewayResponse response = gateway().respond(request("GET", "/me", "Bearer " + issuer.token("key-1", claims)));

        assertThat(response.status()).isEqualTo(201);
        Map<String, String> received = EchoEventHandler.LAST_EVENT.get().getRequestContext().getAuthorizer().getJwt().getClaims();
        assertThat(received).containsEntry("sub", "user-1").containsEntry("email", "anna@example.se")
                .containsEntry("cognito:groups", "[Operators Administrators]")
                .containsEntry("exp", Long.toString(NOW.plusSeconds(3600).getEpochSecond()));
    }

    @Test
    void refusesAnExpiredToken() {
        String token = issuer.token("key-1", idToken());
        LocalHttpApiGateway later = builder(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC)).build();
        GatewayResponse response = later.respond(request("GET", "/me", "Bearer " + token));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("www-authenticate").get(0)).contains("error=\"invalid_token\"", "expired");
    }

    @Test
    void refusesATokenNotYetValid() {
        String token = issuer.token("key-1", idToken().put("nbf", NOW.plusSeconds(60).getEpochSecond()));
        assertThat(gateway().respond(request("GET", "/me", "Bearer " + token)).status()).isEqualTo(401);
    }

    @Test
    void refusesATamperedToken() {
        String token = issuer.token("key-1", idToken());
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                idToken().put("sub", "someone-else").toString().getBytes(StandardCharsets.UTF_8));
        GatewayResponse response = gateway().respond(request("GET", "/me", "Bearer " + parts[0] + "." + forgedClaims + "." + parts[2]));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("www-authenticate").get(0)).contains("invalid signature");
    }

    @Test
    void refusesATokenSignedWithAKeyTheIssuerDoesNotPublish() throws Exception {
        var stranger = java.security.KeyPairGenerator.getInstance("RSA");
        stranger.initialize(2048);
        String token = TestIssuer.sign("key-1", stranger.generateKeyPair(), idToken());
        assertThat(gateway().respond(request("GET", "/me", "Bearer " + token)).status()).isEqualTo(401);
    }

    @Test
    void refusesAnUnsignedToken() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String token = encoder.encodeToString("{\"alg\":\"none\",\"kid\":\"key-1\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(idToken().toString().getBytes(StandardCharsets.UTF_8)) + ".";
        assertThat(gateway().respond(request("GET", "/me", "Bearer " + token)).status()).isEqualTo(401);
    }

    @Test
    void refusesAnotherIssuerOrAudience() {
        assertThat(gateway().respond(request("GET", "/me",
                "Bearer " + issuer.token("key-1", idToken().put("iss", "https://evil.example/pool")))).status()).isEqualTo(401);
        GatewayResponse wrongAudience = gateway().respond(request("GET", "/me",
                "Bearer " + issuer.token("key-1", idToken().put("aud", "another-client"))));
        assertThat(wrongAudience.status()).isEqualTo(401);
        assertThat(wrongAudience.header("www-authenticate").get(0)).contains("audience");
    }

    @Test
    void acceptsACognitoAccessTokenByItsClientId() {
        ObjectNode accessToken = idToken().put("token_use", "access").put("client_id", GatewayTestTemplate.CLIENT_ID)
                .put("scope", "aws.cognito.signin.user.admin");
        accessToken.remove("aud");
        assertThat(gateway().respond(request("GET", "/me", "Bearer " + issuer.token("key-1", accessToken))).status())
                .isEqualTo(201);
        assertThat(EchoEventHandler.LAST_EVENT.get().getRequestContext().getAuthorizer().getJwt().getScopes())
                .containsExactly("aws.cognito.signin.user.admin");
    }

    @Test
    void fetchesTheJwksAgainForAKeyIdItHasNotSeenButNotMoreOftenThanTheInterval() {
        ManualClock clock = new ManualClock(NOW);
        LocalHttpApiGateway gateway = builder(clock).build();
        assertThat(gateway.respond(request("GET", "/me", "Bearer " + issuer.token("key-1", idToken()))).status()).isEqualTo(201);
        String rotatedKeyId = "rotated-" + System.nanoTime();
        issuer.publishNewKey(rotatedKeyId);
        String rotatedToken = issuer.token(rotatedKeyId, idToken());
        int fetches = issuer.jwksRequests();

        assertThat(gateway.respond(request("GET", "/me", "Bearer " + rotatedToken)).status())
                .as("just fetched, so not yet again").isEqualTo(401);
        assertThat(issuer.jwksRequests()).isEqualTo(fetches);
        clock.advance(JwksKeys.REFETCH_INTERVAL);
        assertThat(gateway.respond(request("GET", "/me", "Bearer " + rotatedToken)).status()).isEqualTo(201);
        assertThat(issuer.jwksRequests()).isEqualTo(fetches + 1);
    }

    @Test
    void requiresOneOfTheRoutesScopes() {
        GatewayResponse withoutScope = gateway().respond(request("GET", "/admin", "Bearer " + issuer.token("key-1", idToken())));
        assertThat(withoutScope.status()).isEqualTo(403);
        assertThat(withoutScope.bodyText()).isEqualTo("{\"message\":\"Forbidden\"}");
        String scoped = issuer.token("key-1", idToken().put("scope", "openid kundportal/admin"));
        assertThat(gateway().respond(request("GET", "/admin", "Bearer " + scoped)).status()).isEqualTo(201);
    }

    @Test
    void answersAPreflightItselfWithoutAuthorization() {
        Map<String, List<String>> headers = Map.of("Origin", List.of(ALLOWED_ORIGIN),
                "Access-Control-Request-Method", List.of("GET"),
                "Access-Control-Request-Headers", List.of("authorization"));
        GatewayResponse response = gateway().respond(new GatewayRequest("OPTIONS", "/me", "", headers, new byte[0],
                "127.0.0.1", "HTTP/1.1"));
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("access-control-allow-origin")).containsExactly(ALLOWED_ORIGIN);
        assertThat(response.header("access-control-allow-methods")).containsExactly("GET,POST,PUT,DELETE,OPTIONS");
        assertThat(response.header("access-control-allow-headers")).containsExactly("authorization,content-type");
        assertThat(response.header("access-control-max-age")).containsExactly("600");
        assertThat(response.header("access-control-allow-credentials")).containsExactly("true");
    }

    @Test
    void givesNoCorsHeadersToAnOriginNotAllowed() {
        Map<String, List<String>> headers = Map.of("Origin", List.of("https://evil.example"),
                "Access-Control-Request-Method", List.of("GET"));
        GatewayResponse preflight = gateway().respond(new GatewayRequest("OPTIONS", "/ping", "", headers, new byte[0],
                "127.0.0.1", "HTTP/1.1"));
        assertThat(preflight.header("access-control-allow-origin")).isEmpty();
        GatewayResponse actual = gateway().respond(new GatewayRequest("GET", "/ping", "", headers, new byte[0],
                "127.0.0.1", "HTTP/1.1"));
        assertThat(actual.status()).isEqualTo(200);
        assertThat(actual.header("access-control-allow-origin")).isEmpty();
    }

    @Test
    void addsCorsHeadersToResponsesAndRefusals() {
        Map<String, List<String>> headers = Map.of("Origin", List.of(ALLOWED_ORIGIN));
        GatewayResponse response = gateway().respond(new GatewayRequest("GET", "/items/1", "", headers, new byte[0],
                "127.0.0.1", "HTTP/1.1"));
        assertThat(response.header("access-control-allow-origin")).containsExactly(ALLOWED_ORIGIN);
        assertThat(response.header("access-control-expose-headers")).containsExactly("x-request-total");
        GatewayResponse refused = gateway().respond(new GatewayRequest("GET", "/me", "", headers, new byte[0],
                "127.0.0.1", "HTTP/1.1"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("access-control-allow-origin")).containsExactly(ALLOWED_ORIGIN);
    }

    @Test
    void servesTheWebClientForPathsNoRouteTakes() throws IOException {
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>Kundportal</title>");
        Files.writeString(web.resolve("app.js"), "console.log('hej')");
        LocalHttpApiGateway gateway = builder(Clock.fixed(NOW, ZoneOffset.UTC)).staticFiles(web).build();

        GatewayResponse index = gateway.respond(request("GET", "/"));
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.header("content-type")).containsExactly("text/html; charset=utf-8");
        GatewayResponse clientRoute = gateway.respond(new GatewayRequest("GET", "/operator/applications", "",
                Map.of("Accept", List.of("text/html,application/xhtml+xml")), new byte[0], "127.0.0.1", "HTTP/1.1"));
        assertThat(clientRoute.bodyText()).contains("<title>Kundportal</title>");
        assertThat(gateway.respond(request("GET", "/app.js")).header("content-type"))
                .containsExactly("text/javascript; charset=utf-8");
        assertThat(gateway.respond(request("GET", "/items/1")).status()).as("API routes come first").isEqualTo(201);
        assertThat(gateway.respond(request("GET", "/missing.js")).status()).isEqualTo(404);
    }

    @Test
    void servesOverHttpAndBoundsTheBody() throws Exception {
        try (LocalHttpApiGateway.Started started = builder(Clock.systemUTC()).maxBodyBytes(16).build().start(0)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> ping = client.send(HttpRequest.newBuilder(started.uri().resolve("/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
            assertThat(ping.body()).contains("\"greeting\":\"hej\"");
            HttpResponse<String> large = client.send(HttpRequest.newBuilder(started.uri().resolve("/stream"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[17])).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(large.statusCode()).isEqualTo(413);
            HttpResponse<String> notFound = client.send(HttpRequest.newBuilder(URI.create(started.uri() + "/nope")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(notFound.statusCode()).isEqualTo(404);
            assertThat(notFound.headers().firstValue("content-type")).hasValue("application/json");
        }
    }

    private ObjectNode idToken() {
        return JSON.createObjectNode()
                .put("sub", "user-1")
                .put("email", "anna@example.se")
                .put("token_use", "id")
                .put("aud", GatewayTestTemplate.CLIENT_ID)
                .put("iss", issuer.issuer())
                .put("iat", NOW.minusSeconds(60).getEpochSecond())
                .put("exp", NOW.plusSeconds(3600).getEpochSecond());
    }

    private LocalHttpApiGateway gateway() {
        return builder(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static LocalHttpApiGateway.Builder builder(Clock clock) {
        return LocalHttpApiGateway.builder(GatewayTestTemplate.api(issuer.issuer())).clock(clock);
    }

    private static GatewayRequest request(String method, String target) {
        return request(method, target, null);
    }

    private static GatewayRequest request(String method, String target, String authorization) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("localhost:8080"));
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        String[] pathAndQuery = target.split("\\?", 2);
        return new GatewayRequest(method, pathAndQuery[0], pathAndQuery.length > 1 ? pathAndQuery[1] : "", headers,
                new byte[0], "127.0.0.1", "HTTP/1.1");
    }
}
