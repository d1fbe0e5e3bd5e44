package se.inera.kundportal.local.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns what a function answered (the JSON its runtime wrote) into the HTTP response, by API Gateway's rules for
 * payload format 2.0: a response
 * object ({@code statusCode}, {@code headers}, {@code multiValueHeaders}, {@code cookies} as {@code set-cookie},
 * {@code body}, {@code isBase64Encoded}) is applied as given; any other valid JSON without {@code statusCode} becomes
 * a 200 {@code application/json} response whose body is that JSON.
 */
final class IntegrationResponses {
    private final ObjectMapper json;

    IntegrationResponses(ObjectMapper json) {
        this.json = json;
    }

    /** The response for a function's answer; throws {@link MalformedResponseException} where API Gateway answers 500. */
    GatewayResponse from(byte[] output) throws MalformedResponseException {
        JsonNode tree = tree(output);
        if (tree.isObject() && tree.has("statusCode")) {
            return fromResponseTree(tree);
        }
        return new GatewayResponse(200, Map.of("content-type", List.of("application/json")),
                tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode tree(byte[] output) throws MalformedResponseException {
        try {
            JsonNode tree = json.readTree(output);
            if (tree == null || tree.isMissingNode()) {
                throw new MalformedResponseException("the function answered nothing");
            }
            return tree;
        } catch (IOException e) {
            throw new MalformedResponseException("the function answered no valid JSON");
        }
    }

    private GatewayResponse fromResponseTree(JsonNode tree) throws MalformedResponseException {
        if (!tree.get("statusCode").canConvertToInt()) {
            throw new MalformedResponseException("statusCode is not a number");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        tree.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asText()));
        Map<String, List<String>> multiValueHeaders = new LinkedHashMap<>();
        tree.path("multiValueHeaders").properties().forEach(header -> {
            List<String> values = new ArrayList<>();
            header.getValue().forEach(value -> values.add(value.asText()));
            multiValueHeaders.put(header.getKey(), values);
        });
        List<String> cookies = new ArrayList<>();
        tree.path("cookies").forEach(cookie -> cookies.add(cookie.asText()));
        JsonNode body = tree.get("body");
        return fromResponse(tree.get("statusCode").asInt(), headers, multiValueHeaders, cookies,
                body == null || body.isNull() ? null : body.asText(), tree.path("isBase64Encoded").asBoolean(false));
    }

    private static GatewayResponse fromResponse(int statusCode, Map<String, String> headers,
                                                Map<String, List<String>> multiValueHeaders, List<String> cookies,
                                                String body, boolean base64Encoded) throws MalformedResponseException {
        if (statusCode < 100 || statusCode > 599) {
            throw new MalformedResponseException("statusCode " + statusCode + " is not an HTTP status");
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        if (multiValueHeaders != null) {
            multiValueHeaders.forEach((name, values) -> merged.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                    key -> new ArrayList<>()).addAll(values));
        }
        if (headers != null) {
            // A single-value header replaces the multi-value one of the same name.
            headers.forEach((name, value) -> merged.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(List.of(value))));
        }
        if (cookies != null && !cookies.isEmpty()) {
            merged.computeIfAbsent("set-cookie", key -> new ArrayList<>()).addAll(cookies);
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0]
                    : base64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("isBase64Encoded is true but the body is not base64");
        }
        return new GatewayResponse(statusCode, merged, bytes);
    }

    /** The integration's answer cannot be read as a response; API Gateway then answers 500. */
    static final class MalformedResponseException extends Exception {
        MalformedResponseException(String message) {
            super(message);
        }
    }
}
