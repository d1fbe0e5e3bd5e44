package se.inera.kundportal.local.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the gateway received it: the raw (still percent-encoded) path and query, the headers with
 * lower-cased names in arrival order, the body bytes and the caller's address.
 */
public record GatewayRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                             byte[] body, String sourceIp, String protocol) {
    public GatewayRequest {
        method = method.toUpperCase(Locale.ROOT);
        rawQuery = rawQuery == null ? "" : rawQuery;
        Map<String, List<String>> lowerCased = new LinkedHashMap<>();
        headers.forEach((name, values) -> lowerCased.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                key -> new java.util.ArrayList<>()).addAll(values));
        lowerCased.replaceAll((name, values) -> List.copyOf(values));
        headers = java.util.Collections.unmodifiableMap(lowerCased);
        body = body == null ? new byte[0] : body;
    }

    /** The path as API Gateway hands it to HTTP API integrations and routes on: percent-decoded. */
    public String decodedPath() {
        // Not URLDecoder: a '+' in a path is a plus, not a space.
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The first value of a header (name in any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
