package se.inera.kundportal.functions.http;

import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;

import se.inera.kundportal.functions.json.Json;

/**
 * Every response of the HTTP API is built here, so each one has a status code, a JSON body with
 * {@code Content-Type: application/json; charset=utf-8} and the same security headers. The API
 * serves personal data and single-use links, so nothing is cached ({@code no-store}) and no URL
 * leaks to another site through the {@code Referer} header ({@code no-referrer}).
 */
public final class HttpResponses {
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff",
            "Strict-Transport-Security", "max-age=63072000; includeSubDomains",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

    private HttpResponses() {
    }

    /** 200 with {@code body} as JSON. */
    public static APIGatewayV2HTTPResponse ok(Object body) {
        return json(200, body);
    }

    /** 201 with {@code body} as JSON (the created thing, or its id). */
    public static APIGatewayV2HTTPResponse created(Object body) {
        return json(201, body);
    }

    /** 204: done, nothing to show (a removal). */
    public static APIGatewayV2HTTPResponse noContent() {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(204).withHeaders(new LinkedHashMap<>(SECURITY_HEADERS))
                .build();
    }

    /** {@code status} with {@code body} serialised by the shared mapper. */
    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        String serialised;
        try {
            serialised = Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // Response records are ours; failing to write one is a bug, reported as a 500 by ApiCall.
            throw new IllegalStateException("Could not serialise a " + body.getClass().getSimpleName(), e);
        }
        Map<String, String> headers = new LinkedHashMap<>(SECURITY_HEADERS);
        headers.put("Content-Type", CONTENT_TYPE);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(serialised)
                .withIsBase64Encoded(false)
                .build();
    }
}
