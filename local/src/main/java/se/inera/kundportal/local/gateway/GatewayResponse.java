package se.inera.kundportal.local.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the gateway answers: status, headers (lower-case names, possibly repeated) and body bytes. */
public record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public GatewayResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .addAll(values));
        copy.replaceAll((name, values) -> List.copyOf(values));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** API Gateway's own answers: {@code {"message":"Not Found"}} and the like. */
    public static GatewayResponse message(int status, String message) {
        return new GatewayResponse(status, Map.of("content-type", List.of("application/json")),
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    public GatewayResponse withHeaders(Map<String, String> replacing) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        replacing.forEach((name, value) -> changed.put(name.toLowerCase(Locale.ROOT), List.of(value)));
        return new GatewayResponse(status, changed, body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
