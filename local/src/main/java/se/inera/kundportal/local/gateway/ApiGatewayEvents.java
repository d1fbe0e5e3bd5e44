package se.inera.kundportal.local.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;

/**
 * Builds the payload format 2.0 event an HTTP API sends its Lambda integration: headers lower-cased and repeated
 * ones comma-joined, the {@code Cookie} header moved to {@code cookies}, query parameters decoded and repeated ones
 * comma-joined, the body base64-encoded unless its content type is text, and the request context with the
 * authorizer's claims when the route is protected.
 */
public final class ApiGatewayEvents {
    /** API Gateway's {@code $context.requestTime} format, e.g. {@code 29/Nov/2026:07:51:09 +0000}. */
    static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    static final String STAGE = "$default";

    private final String accountId;
    private final String apiId;
    private final Clock clock;

    public ApiGatewayEvents(String accountId, String apiId, Clock clock) {
        this.accountId = accountId;
        this.apiId = apiId;
        this.clock = clock;
    }

    public APIGatewayV2HTTPEvent event(GatewayRequest request, RouteMatch match, Optional<JwtAuthorizer.Authorized> authorization,
                                       String requestId) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey(match.route().routeKey());
        event.setRawPath(request.decodedPath());
        event.setRawQueryString(request.rawQuery());
        event.setCookies(cookies(request.headers()));
        event.setHeaders(headers(request));
        event.setQueryStringParameters(queryParameters(request.rawQuery()));
        event.setPathParameters(match.pathParameters().isEmpty() ? null : new LinkedHashMap<>(match.pathParameters()));
        if (request.body().length > 0) {
            boolean text = isText(request.header("content-type").orElse(null));
            event.setBody(text ? new String(request.body(), StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(request.body()));
            event.setIsBase64Encoded(!text);
        }
        event.setRequestContext(requestContext(request, match, authorization, requestId));
        return event;
    }

    private RequestContext requestContext(GatewayRequest request, RouteMatch match,
                                          Optional<JwtAuthorizer.Authorized> authorization, String requestId) {
        String domainName = request.header("host").orElse("localhost");
        Instant now = clock.instant();
        RequestContext context = new RequestContext();
        context.setAccountId(accountId);
        context.setApiId(apiId);
        context.setDomainName(domainName);
        context.setDomainPrefix(domainName.split("[.:]", 2)[0]);
        RequestContext.Http http = new RequestContext.Http();
        http.setMethod(request.method());
        http.setPath(request.decodedPath());
        http.setProtocol(request.protocol());
        http.setSourceIp(request.sourceIp());
        http.setUserAgent(request.header("user-agent").orElse(""));
        context.setHttp(http);
        context.setRequestId(requestId);
        context.setRouteKey(match.route().routeKey());
        context.setStage(STAGE);
        context.setTime(REQUEST_TIME.format(now));
        context.setTimeEpoch(now.toEpochMilli());
        authorization.ifPresent(authorized -> {
            RequestContext.Authorizer.JWT jwt = new RequestContext.Authorizer.JWT();
            jwt.setClaims(new LinkedHashMap<>(authorized.claims()));
            jwt.setScopes(authorized.scopes());
            RequestContext.Authorizer authorizer = new RequestContext.Authorizer();
            authorizer.setJwt(jwt);
            context.setAuthorizer(authorizer);
        });
        return context;
    }

    /** Lower-cased names, repeated headers comma-joined, the cookie header left out (it goes to {@code cookies}). */
    private static Map<String, String> headers(GatewayRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!name.equals("cookie")) {
                headers.put(name, String.join(",", values));
            }
        });
        // API Gateway adds the forwarding headers it saw the request with.
        headers.putIfAbsent("x-forwarded-for", request.sourceIp());
        headers.putIfAbsent("x-forwarded-proto", "http");
        request.header("host").map(host -> host.contains(":") ? host.substring(host.lastIndexOf(':') + 1) : "80")
                .ifPresent(port -> headers.putIfAbsent("x-forwarded-port", port));
        if (request.body().length > 0) {
            headers.putIfAbsent("content-length", Integer.toString(request.body().length));
        }
        return headers;
    }

    private static List<String> cookies(Map<String, List<String>> headers) {
        List<String> cookies = new ArrayList<>();
        for (String header : headers.getOrDefault("cookie", List.of())) {
            Arrays.stream(header.split(";")).map(String::strip).filter(cookie -> !cookie.isEmpty()).forEach(cookies::add);
        }
        return cookies.isEmpty() ? null : cookies;
    }

    static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, repeated) -> first + "," + repeated);
        }
        return parameters.isEmpty() ? null : parameters;
    }

    private static String decode(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return component;
        }
    }

    /**
     * Whether API Gateway passes a body of this content type as text; everything else (and a body without content
     * type) arrives base64-encoded with {@code isBase64Encoded: true}.
     */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.startsWith("text/") || mediaType.endsWith("+json") || mediaType.endsWith("+xml")
                || List.of("application/json", "application/xml", "application/javascript").contains(mediaType);
    }
}
