package se.inera.kundportal.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.inera.kundportal.local.asl.json.Json;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The wire protocol itself, for requests an SDK would never send: every refusal is AWS-shaped JSON, never a stack trace. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hanging connection, not a speed requirement
class StepFunctionsApiProtocolTest {
    private final LocalStepFunctions local = new LocalStepFunctions();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint = local.server.endpoint().resolve("/");

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void answersWithAwsJsonContentTypeAndARequestId() throws Exception {
        HttpResponse<String> response = post("AWSStepFunctions.ListStateMachines", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(Json.parse(response.body())).isEqualTo(Json.parse("{\"stateMachines\": []}"));
    }

    @Test
    void bodyThatIsNotJsonIsASerializationException() throws Exception {
        assertRefused(post("AWSStepFunctions.ListStateMachines", "{\"maxResults\": "), 400, "SerializationException");
        assertRefused(post("AWSStepFunctions.ListStateMachines", "[1, 2]"), 400, "SerializationException");
        assertRefused(post("AWSStepFunctions.DescribeExecution", "{\"executionArn\": 42}"), 400, "SerializationException");
    }

    @Test
    void missingRequiredMemberIsAValidationExceptionNamingIt() throws Exception {
        HttpResponse<String> response = post("AWSStepFunctions.SendTaskSuccess", "{\"output\": \"{}\"}");

        JsonNode error = assertRefused(response, 400, "ValidationException");
        assertThat(error.path("message").asText()).contains("'taskToken'").contains("must not be null");
    }

    @Test
    void unknownOperationsAndWrongRequestsAreRefusedByName() throws Exception {
        assertRefused(post("AWSStepFunctions.CreateActivity", "{}"), 400, "UnknownOperationException");
        assertRefused(post("DynamoDB_20120810.ListTables", "{}"), 400, "UnknownOperationException");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(endpoint).GET()
                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines").build(), BodyHandlers.ofString());
        assertRefused(get, 405, "UnknownOperationException");
    }

    @Test
    void requestBodiesAboveTheLimitAreRefusedWithoutBeingParsed() throws Exception {
        byte[] huge = new byte[StepFunctionsApi.MAX_REQUEST_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .header("Content-Type", StepFunctionsApi.CONTENT_TYPE)
                .POST(BodyPublishers.ofByteArray(huge)).build(), BodyHandlers.ofString());

        assertRefused(response, 413, "ValidationException");
    }

    @Test
    void answersOnlyOnThePathItIsMountedAt() throws Exception {
        HttpServer shared = HttpServer.create(new InetSocketAddress(0), 0);
        shared.createContext("/states", local.api);
        shared.createContext("/other", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        shared.start();
        URI mounted = URI.create("http://localhost:" + shared.getAddress().getPort() + "/states");
        try (SfnClient sfn = SfnClient.builder().endpointOverride(mounted)
                .region(Region.of(LocalStepFunctions.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            assertThat(sfn.listStateMachines(b -> { }).stateMachines()).isEmpty();
            HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(mounted.resolve("/states/deeper"))
                    .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                    .POST(BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());
            assertRefused(elsewhere, 404, "UnknownOperationException");
        } finally {
            shared.stop(0);
        }
    }

    private HttpResponse<String> post(String target, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", target)
                .header("Content-Type", StepFunctionsApi.CONTENT_TYPE)
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    private static JsonNode assertRefused(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(type);
        JsonNode body = Json.parse(response.body());
        assertThat(body.path("__type").asText()).isEqualTo(type);
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain("\tat ");
        return body;
    }
}
