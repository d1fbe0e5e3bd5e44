package se.inera.kundportal.local.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthHandlerTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer standIn;
    private HttpServer server;
    private HealthHandler health;

    @BeforeEach
    void startServers() throws IOException {
        standIn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A component that answers, with a status that is not 200: answering is what counts.
        standIn.createContext("/stand-in", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        standIn.start();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stopServers() {
        server.stop(0);
        standIn.stop(0);
        if (health != null) {
            health.close();
        }
    }

    @Test
    void reportsUpWith200WhenEveryComponentAnswers() throws Exception {
        try (ServerSocket tcpOnly = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            health = new HealthHandler(List.of(HealthComponent.http("Stand-in", standInUrl())), TIMEOUT)
                    .register(HealthComponent.tcp("SMTP", "smtp://127.0.0.1:" + tcpOnly.getLocalPort(), "127.0.0.1",
                            tcpOnly.getLocalPort()));
            server.createContext("/_local/health", health);

            HttpResponse<String> response = getHealth();

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode json = new ObjectMapper().readTree(response.body());
            assertThat(json.path("status").asText()).isEqualTo("UP");
            assertThat(json.path("components")).hasSize(2);
            assertThat(json.path("components").get(0).path("name").asText()).isEqualTo("Stand-in");
            assertThat(json.path("components").get(0).path("url").asText()).isEqualTo(standInUrl());
            assertThat(json.path("components").get(0).path("up").asBoolean()).isTrue();
            assertThat(json.path("components").get(0).path("detail").asText()).isEqualTo("HTTP 404");
            assertThat(json.path("components").get(1).path("up").asBoolean()).isTrue();
        }
    }

    @Test
    void reportsDegradedWith503AndTheReasonWhenAComponentDoesNotAnswer() throws Exception {
        int closedPort = closedPort();
        String deadUrl = "http://127.0.0.1:" + closedPort + "/";
        health = new HealthHandler(List.of(HealthComponent.http("Stand-in", standInUrl()),
                HealthComponent.http("Gateway", deadUrl),
                HealthComponent.tcp("SMTP", "smtp://127.0.0.1:" + closedPort, "127.0.0.1", closedPort)), TIMEOUT);
        server.createContext("/_local/health", health);

        HttpResponse<String> response = getHealth();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.path("status").asText()).isEqualTo("DEGRADED");
        JsonNode gateway = json.path("components").get(1);
        assertThat(gateway.path("name").asText()).isEqualTo("Gateway");
        assertThat(gateway.path("url").asText()).isEqualTo(deadUrl);
        assertThat(gateway.path("up").asBoolean()).isFalse();
        assertThat(gateway.path("detail").asText()).contains("ConnectException");
        JsonNode smtp = json.path("components").get(2);
        assertThat(smtp.path("up").asBoolean()).isFalse();
        assertThat(smtp.path("detail").asText()).containsIgnoringCase("refused");
        assertThat(json.path("components").get(0).path("up").asBoolean()).isTrue();
    }

    @Test
    void aComponentThatAcceptsButNeverAnswersIsDownAfterTheTimeout() throws Exception {
        // The socket's backlog accepts the connection; nobody ever reads the request or answers it.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            health = new HealthHandler(List.of(
                    HealthComponent.http("Silent", "http://127.0.0.1:" + silent.getLocalPort() + "/")), TIMEOUT);

            HealthReport report = health.check();

            assertThat(report.allUp()).isFalse();
            assertThat(report.components().get(0).detail()).isEqualTo("no answer within 500 ms");
        }
    }

    @Test
    void reportsAComponentWhoseProbeThrowsAsDown() {
        health = new HealthHandler(List.of(new HealthComponent("Broken", "http://nowhere/", timeout -> {
            throw new IllegalStateException("probe bug");
        })), TIMEOUT);

        HealthReport report = health.check();

        assertThat(report.components().get(0).up()).isFalse();
        assertThat(report.components().get(0).detail()).contains("probe bug");
    }

    private HttpResponse<String> getHealth() throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/_local/health");
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String standInUrl() {
        return "http://127.0.0.1:" + standIn.getAddress().getPort() + "/stand-in";
    }

    /** A port that was free a moment ago and that nothing listens on now. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
