package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;

class ApiGatewayEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    private static final Instant NOW = Instant.parse("2025-11-29T07:50:00Z");
    private final ApiGatewayEvents events = new ApiGatewayEvents("123456789012", "r3pmxmplak",
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final HttpApiRoute itemRoute = new HttpApiRoute("POST", "/items/{itemId}",
            new FunctionDefinition("ItemFunction", "x.Handler", Map.of(), java.time.Duration.ofSeconds(3)),
            RouteAuthorization.by("CognitoJwt", List.of()));

    @Test
    void buildsTheEventApiGatewayRecordsFieldByField() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("api.kundportal.example"));
        headers.put("User-Agent", List.of("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"));
        headers.put("Accept", List.of("application/json"));
        headers.put("Content-Type", List.of("application/json; charset=utf-8"));
        headers.put("X-Custom", List.of("first", "second"));
        headers.put("Cookie", List.of("session=abc; theme=dark"));
        headers.put("Authorization", List.of("Bearer eyJraWQiOiJ0ZXN0In0.e30.c2ln"));
        GatewayRequest request = new GatewayRequest("POST", "/items/42", "tag=a&tag=b&q=hello%20world&empty=", headers,
                "{\"name\":\"Åsa\"}".getBytes(StandardCharsets.UTF_8), "203.0.113.7", "HTTP/1.1");
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("sub", "6e1c7a52-3f0f-4f55-9b9c-1a2b3c4d5e6f");
        claims.put("email", "anna.operator@inera.se");
        claims.put("cognito:groups", "[Operators Administrators]");
        claims.put("email_verified", "true");
        claims.put("iat", "1764402600");
        claims.put("exp", "1764406200");
        claims.put("iss", "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_AbCdEf123");
        claims.put("aud", "4lq2b0example1client");

        APIGatewayV2HTTPEvent event = events.event(request, new RouteMatch(itemRoute, Map.of("itemId", "42")),
                Optional.of(new JwtAuthorizer.Authorized(claims, null)), "JKJaXmPLvHcESHA=");

        JsonNode expected = recordedEvent();
        List<String> differences = new ArrayList<>();
        // As the handler receives it: the JSON the Lambda runtime's event serialiser writes and reads.
        compare("", expected, JSON.readTree(JavaHandlerFunction.toJson(event)), differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void base64EncodesBinaryBodiesAndBodiesWithoutContentType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        APIGatewayV2HTTPEvent image = eventWithBody(png, "image/png");
        assertThat(image.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(image.getBody())).isEqualTo(png);

        assertThat(eventWithBody("a=1".getBytes(StandardCharsets.UTF_8), null).getIsBase64Encoded()).isTrue();
        assertThat(eventWithBody("<a/>".getBytes(StandardCharsets.UTF_8), "application/problem+xml").getIsBase64Encoded())
                .isFalse();
    }

    @Test
    void leavesOutWhatTheRequestDoesNotHave() {
        GatewayRequest bare = new GatewayRequest("GET", "/items/1", null, Map.of("Host", List.of("localhost:8080")),
                new byte[0], "127.0.0.1", "HTTP/1.1");
        APIGatewayV2HTTPEvent event = events.event(bare, new RouteMatch(itemRoute, Map.of()), Optional.empty(), "id");
        assertThat(event.getRawQueryString()).isEmpty();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getCookies()).isNull();
        assertThat(event.getPathParameters()).isNull();
        assertThat(event.getBody()).isNull();
        assertThat(event.getRequestContext().getAuthorizer()).isNull();
        assertThat(event.getHeaders()).containsEntry("x-forwarded-port", "8080");
        assertThat(event.getRequestContext().getDomainPrefix()).isEqualTo("localhost");
    }

    @Test
    void decodesThePathAsHttpApisDo() {
        GatewayRequest encoded = new GatewayRequest("GET", "/items/a%20b+c", null, Map.of(), new byte[0], "127.0.0.1",
                "HTTP/1.1");
        assertThat(encoded.decodedPath()).isEqualTo("/items/a b+c");
    }

    private APIGatewayV2HTTPEvent eventWithBody(byte[] body, String contentType) {
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
        return events.event(new GatewayRequest("POST", "/items/1", "", headers, body, "127.0.0.1", "HTTP/1.1"),
                new RouteMatch(itemRoute, Map.of("itemId", "1")), Optional.empty(), "id");
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject()) {
            expected.properties().forEach(field -> {
                JsonNode actualField = actual == null ? null : actual.get(field.getKey());
                compare(path + "." + field.getKey(), field.getValue(), actualField, differences);
            });
            if (actual != null) {
                actual.fieldNames().forEachRemaining(name -> {
                    if (!expected.has(name)) {
                        differences.add(path + "." + name + " is not in the recorded event");
                    }
                });
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static JsonNode recordedEvent() throws IOException {
        try (InputStream in = ApiGatewayEventsTest.class.getResourceAsStream("/gateway/recorded-event.json")) {
            return JSON.readTree(in);
        }
    }
}
