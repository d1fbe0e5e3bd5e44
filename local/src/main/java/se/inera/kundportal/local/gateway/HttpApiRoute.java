package se.inera.kundportal.local.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One route of the HttpApi: {@code GET /operator/applications/{applicationId}}, {@code ANY /files/{proxy+}} or
 * {@code $default}, with the function it integrates and how it is authorized.
 */
public record HttpApiRoute(String method, String path, FunctionDefinition function, RouteAuthorization authorization) {
    public static final String DEFAULT_ROUTE_KEY = "$default";
    public static final String ANY_METHOD = "ANY";

    public HttpApiRoute {
        method = method.toUpperCase(Locale.ROOT);
        if (!isDefault(path)) {
            segmentsOf(path).forEach(segment -> validateSegment(segment, path));
        }
    }

    /** The {@code $default} route, taken when no other route matches. */
    public static HttpApiRoute defaultRoute(FunctionDefinition function, RouteAuthorization authorization) {
        return new HttpApiRoute(ANY_METHOD, DEFAULT_ROUTE_KEY, function, authorization);
    }

    /** As API Gateway writes it in {@code routeKey}: {@code "GET /pets/{id}"} or {@code "$default"}. */
    public String routeKey() {
        return isDefault() ? DEFAULT_ROUTE_KEY : method + " " + path;
    }

    public boolean isDefault() {
        return isDefault(path);
    }

    /** The path parameters when this route matches {@code method} and the (decoded) {@code requestPath}. */
    public Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (isDefault()) {
            return Optional.of(Map.of());
        }
        if (!method.equals(ANY_METHOD) && !method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        List<String> pattern = segmentsOf(path);
        List<String> actual = segmentsOf(requestPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String segment = pattern.get(i);
            if (isGreedy(segment)) {
                // {proxy+} takes one or more of the remaining segments.
                if (i >= actual.size()) {
                    return Optional.empty();
                }
                parameters.put(parameterName(segment), String.join("/", actual.subList(i, actual.size())));
                return Optional.of(parameters);
            }
            if (i >= actual.size()) {
                return Optional.empty();
            }
            if (isParameter(segment)) {
                if (actual.get(i).isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(parameterName(segment), actual.get(i));
            } else if (!segment.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return pattern.size() == actual.size() ? Optional.of(parameters) : Optional.empty();
    }

    /**
     * Orders routes as API Gateway picks them: segment by segment a literal beats a {@code {param}}, which beats a
     * greedy {@code {proxy+}}; a longer literal path beats a shorter; a named method beats {@code ANY};
     * {@code $default} comes last.
     */
    static int compareSpecificity(HttpApiRoute first, HttpApiRoute second) {
        if (first.isDefault() || second.isDefault()) {
            return Boolean.compare(first.isDefault(), second.isDefault());
        }
        List<String> a = segmentsOf(first.path);
        List<String> b = segmentsOf(second.path);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byKind = Integer.compare(rank(a.get(i)), rank(b.get(i)));
            if (byKind != 0) {
                return byKind;
            }
        }
        if (a.size() != b.size()) {
            return Integer.compare(b.size(), a.size());
        }
        return Boolean.compare(first.method.equals(ANY_METHOD), second.method.equals(ANY_METHOD));
    }

    private static int rank(String segment) {
        return isGreedy(segment) ? 2 : isParameter(segment) ? 1 : 0;
    }

    static List<String> segmentsOf(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        List<String> segments = new ArrayList<>(List.of(trimmed.split("/", -1)));
        if (segments.size() == 1 && segments.get(0).isEmpty()) {
            segments.clear();
        }
        return segments;
    }

    private static boolean isDefault(String path) {
        return DEFAULT_ROUTE_KEY.equals(path);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static boolean isGreedy(String segment) {
        return isParameter(segment) && segment.endsWith("+}");
    }

    private static String parameterName(String segment) {
        return segment.substring(1, segment.length() - (isGreedy(segment) ? 2 : 1));
    }

    private static void validateSegment(String segment, String path) {
        if (segment.contains("{") != isParameter(segment)) {
            throw new IllegalArgumentException("Path " + path + ": a parameter must be a whole segment, not " + segment);
        }
        if (isGreedy(segment) && !path.endsWith(segment)) {
            throw new IllegalArgumentException("Path " + path + ": a greedy parameter must be the last segment");
        }
    }
}
