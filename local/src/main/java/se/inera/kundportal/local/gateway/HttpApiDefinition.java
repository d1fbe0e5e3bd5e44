package se.inera.kundportal.local.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import se.inera.kundportal.standins.SamTemplate;

/**
 * One {@code AWS::Serverless::HttpApi} of a SAM template as the gateway serves it: its routes (every
 * {@code HttpApi} event of every {@code AWS::Serverless::Function} whose {@code ApiId} refers to it), its JWT
 * authorizers and its CORS configuration.
 */
public record HttpApiDefinition(String apiLogicalId, RouteTable routes, Map<String, JwtAuthorizerSettings> authorizers,
                                Optional<CorsConfiguration> cors) {
    static final String HTTP_API_TYPE = "AWS::Serverless::HttpApi";
    /** The API SAM creates for {@code HttpApi} events that name no {@code ApiId}. */
    static final String IMPLICIT_API_ID = "ServerlessHttpApi";
    private static final String NO_AUTHORIZER = "NONE";

    public HttpApiDefinition {
        authorizers = Map.copyOf(authorizers);
    }

    /**
     * Reads the HttpApi {@code apiLogicalId} (e.g. {@code HttpApi}) and its routes. {@code values} resolves the
     * references in environments and authorizer settings; an authorizer whose issuer or audience cannot be resolved
     * from them must be completed with {@link #withAuthorizer} before the gateway uses it.
     */
    public static HttpApiDefinition fromTemplate(SamTemplate template, String apiLogicalId, TemplateValues values) {
        Map<String, Object> api = template.resourcesOfType(HTTP_API_TYPE).get(apiLogicalId);
        if (api == null && !IMPLICIT_API_ID.equals(apiLogicalId)) {
            throw new IllegalArgumentException(template.source() + " has no " + HTTP_API_TYPE + " " + apiLogicalId);
        }
        Map<String, Object> apiProperties = api == null ? Map.of() : map(api.get("Properties"));
        Map<String, Object> auth = map(apiProperties.get("Auth"));
        Map<String, JwtAuthorizerSettings> authorizers = new LinkedHashMap<>();
        map(auth.get("Authorizers")).forEach((name, definition) ->
                authorizers.put(name, authorizer(name, map(definition), values)));
        Optional<String> defaultAuthorizer = Optional.ofNullable(auth.get("DefaultAuthorizer")).map(String::valueOf);

        List<HttpApiRoute> routes = new ArrayList<>();
        Map<String, FunctionDefinition> functions = FunctionDefinition.allOf(template, values, unresolved -> { });
        template.resourcesOfType(FunctionDefinition.FUNCTION_TYPE).forEach((functionId, resource) -> {
            Map<String, Object> properties = map(resource.get("Properties"));
            FunctionDefinition function = functions.get(functionId);
            map(properties.get("Events")).forEach((eventName, event) -> {
                Map<String, Object> eventDefinition = map(event);
                if (!"HttpApi".equals(eventDefinition.get("Type"))) {
                    return;
                }
                Map<String, Object> eventProperties = map(eventDefinition.get("Properties"));
                if (!apiLogicalId.equals(apiIdOf(eventProperties))) {
                    return;
                }
                RouteAuthorization authorization = authorization(eventProperties, defaultAuthorizer, authorizers,
                        functionId + "." + eventName);
                Object path = eventProperties.get("Path");
                routes.add(path == null || HttpApiRoute.DEFAULT_ROUTE_KEY.equals(path)
                        ? HttpApiRoute.defaultRoute(function, authorization)
                        : new HttpApiRoute(String.valueOf(eventProperties.getOrDefault("Method", HttpApiRoute.ANY_METHOD)),
                                String.valueOf(path), function, authorization));
            });
        });
        Optional<CorsConfiguration> cors = cors(apiProperties.get("CorsConfiguration"), values);
        return new HttpApiDefinition(apiLogicalId, new RouteTable(routes), authorizers, cors);
    }

    /** This API with one authorizer's settings changed, e.g. the issuer set to cognito-local's. */
    public HttpApiDefinition withAuthorizer(String name, Function<JwtAuthorizerSettings, JwtAuthorizerSettings> change) {
        JwtAuthorizerSettings current = authorizers.get(name);
        if (current == null) {
            throw new IllegalArgumentException("HttpApi " + apiLogicalId + " has no authorizer " + name);
        }
        Map<String, JwtAuthorizerSettings> changed = new LinkedHashMap<>(authorizers);
        changed.put(name, change.apply(current));
        return new HttpApiDefinition(apiLogicalId, routes, changed, cors);
    }

    public HttpApiDefinition withCors(Optional<CorsConfiguration> newCors) {
        return new HttpApiDefinition(apiLogicalId, routes, authorizers, newCors);
    }

    private static String apiIdOf(Map<String, Object> eventProperties) {
        Object apiId = eventProperties.get("ApiId");
        if (apiId == null) {
            return IMPLICIT_API_ID;
        }
        if (apiId instanceof Map<?, ?> reference && reference.get("Ref") != null) {
            return String.valueOf(reference.get("Ref"));
        }
        return String.valueOf(apiId);
    }

    private static RouteAuthorization authorization(Map<String, Object> eventProperties, Optional<String> defaultAuthorizer,
                                                    Map<String, JwtAuthorizerSettings> authorizers, String where) {
        Map<String, Object> auth = map(eventProperties.get("Auth"));
        String authorizer = Optional.ofNullable(auth.get("Authorizer")).map(String::valueOf)
                .or(() -> defaultAuthorizer).orElse(NO_AUTHORIZER);
        if (NO_AUTHORIZER.equals(authorizer)) {
            return RouteAuthorization.NONE;
        }
        JwtAuthorizerSettings settings = authorizers.get(authorizer);
        if (settings == null) {
            throw new IllegalArgumentException(where + " uses authorizer " + authorizer + ", which the HttpApi does not define");
        }
        List<String> scopes = auth.containsKey("AuthorizationScopes")
                ? strings(auth.get("AuthorizationScopes")) : settings.defaultScopes();
        return RouteAuthorization.by(authorizer, scopes);
    }

    private static JwtAuthorizerSettings authorizer(String name, Map<String, Object> definition, TemplateValues values) {
        Map<String, Object> jwt = map(definition.get("JwtConfiguration"));
        String identitySource = String.valueOf(definition.getOrDefault("IdentitySource",
                JwtAuthorizerSettings.HEADER_SOURCE_PREFIX + "Authorization"));
        String header = JwtAuthorizerSettings.headerOf(identitySource).orElseThrow(() -> new IllegalArgumentException(
                "Authorizer " + name + ": only header identity sources are supported, not " + identitySource));
        // Left as the unresolved marker until the runtime supplies it (withAuthorizer), so parsing never fails on it.
        String issuer = values.text(jwt.get("issuer")).orElse(unresolved(jwt.get("issuer")));
        List<String> audience = values.list(jwt.get("audience")).orElse(List.of());
        return new JwtAuthorizerSettings(name, header, issuer, audience, strings(definition.get("AuthorizationScopes")));
    }

    /** Marks an issuer the template's values could not resolve; no token can carry it. */
    static String unresolved(Object templateValue) {
        return "unresolved:" + templateValue;
    }

    private static Optional<CorsConfiguration> cors(Object configuration, TemplateValues values) {
        if (configuration == null || Boolean.FALSE.equals(configuration)) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(configuration)) {
            // SAM's "CorsConfiguration: true": any origin, method and header.
            return Optional.of(new CorsConfiguration(List.of("*"), List.of("*"), List.of("*"), List.of(),
                    Optional.empty(), false));
        }
        Map<String, Object> cors = map(configuration);
        Function<String, List<String>> listOf = key -> values.list(cors.get(key)).orElse(List.of());
        return Optional.of(new CorsConfiguration(listOf.apply("AllowOrigins"), listOf.apply("AllowMethods"),
                listOf.apply("AllowHeaders"), listOf.apply("ExposeHeaders"),
                values.text(cors.get("MaxAge")).map(Integer::valueOf),
                values.text(cors.get("AllowCredentials")).map(Boolean::parseBoolean).orElse(false)));
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** A template value as a map with string keys; anything else is empty. */
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?> raw)) {
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        raw.forEach((key, entry) -> result.put(String.valueOf(key), entry));
        return result;
    }
}
