package se.inera.kundportal.local.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HttpApi's {@code CorsConfiguration}, applied as API Gateway applies it: it answers preflight requests itself
 * (before routing and authorization) and adds the CORS headers to every response to an allowed origin, replacing
 * any the integration set.
 */
public record CorsConfiguration(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
                                List<String> exposeHeaders, Optional<Integer> maxAgeSeconds, boolean allowCredentials) {
    public CorsConfiguration {
        allowOrigins = List.copyOf(allowOrigins);
        allowMethods = allowMethods.stream().map(method -> method.toUpperCase(Locale.ROOT)).toList();
        allowHeaders = allowHeaders.stream().map(header -> header.toLowerCase(Locale.ROOT)).toList();
        exposeHeaders = exposeHeaders.stream().map(header -> header.toLowerCase(Locale.ROOT)).toList();
    }

    /** A browser's preflight: {@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}. */
    public static boolean isPreflight(String method, Map<String, List<String>> lowerCaseHeaders) {
        return "OPTIONS".equalsIgnoreCase(method) && lowerCaseHeaders.containsKey("origin")
                && lowerCaseHeaders.containsKey("access-control-request-method");
    }

    public boolean allowsOrigin(String origin) {
        return allowOrigins.contains("*") || allowOrigins.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(origin));
    }

    /** Headers of the answer to a preflight from {@code origin}; empty when the origin is not allowed. */
    public Map<String, String> preflightHeaders(String origin, String requestedMethod) {
        if (origin == null || !allowsOrigin(origin) || !allowsMethod(requestedMethod)) {
            return Map.of();
        }
        Map<String, String> headers = originHeaders(origin);
        headers.put("access-control-allow-methods", String.join(",", allowMethods));
        if (!allowHeaders.isEmpty()) {
            headers.put("access-control-allow-headers", String.join(",", allowHeaders));
        }
        maxAgeSeconds.ifPresent(maxAge -> headers.put("access-control-max-age", Integer.toString(maxAge)));
        return headers;
    }

    /** Headers added to an actual (non-preflight) response to {@code origin}; empty when not allowed. */
    public Map<String, String> responseHeaders(String origin) {
        if (origin == null || !allowsOrigin(origin)) {
            return Map.of();
        }
        Map<String, String> headers = originHeaders(origin);
        if (!exposeHeaders.isEmpty()) {
            headers.put("access-control-expose-headers", String.join(",", exposeHeaders));
        }
        return headers;
    }

    private boolean allowsMethod(String method) {
        return method != null && (allowMethods.contains("*") || allowMethods.contains(method.toUpperCase(Locale.ROOT)));
    }

    private Map<String, String> originHeaders(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        // With credentials a browser rejects "*", so the origin is echoed; API Gateway does the same.
        boolean wildcard = allowOrigins.contains("*") && !allowCredentials;
        headers.put("access-control-allow-origin", wildcard ? "*" : origin);
        if (allowCredentials) {
            headers.put("access-control-allow-credentials", "true");
        }
        if (!wildcard) {
            headers.put("vary", "Origin");
        }
        return headers;
    }
}
