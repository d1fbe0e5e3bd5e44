package se.inera.kundportal.local.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.local.gateway.JsonWebToken.InvalidTokenException;

/**
 * Checks a request's JWT the way an HTTP API's JWT authorizer does: the token from the identity source (an optional
 * {@code Bearer } prefix removed), an RS256 signature by a key of the issuer's JWKS, {@code iss} equal to the
 * issuer, {@code aud} — or for tokens without {@code aud}, {@code client_id} — among the audiences, {@code exp}
 * in the future and {@code nbf}/{@code iat} not, and one of the route's scopes in {@code scope}. The verified claims
 * are handed over as API Gateway does, every value a string (arrays as {@code [a b]}).
 */
final class JwtAuthorizer {
    private static final System.Logger LOG = System.getLogger(JwtAuthorizer.class.getName());
    private static final String BEARER_PREFIX = "bearer ";

    private final HttpClient http;
    private final Clock clock;
    private final Map<String, JwksKeys> keysByJwksUrl = new ConcurrentHashMap<>();

    JwtAuthorizer(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** The outcome for a request whose identity header holds {@code identity} (null when absent). */
    Outcome authorize(String identity, JwtAuthorizerSettings settings, List<String> requiredScopes) {
        if (identity == null || identity.isBlank()) {
            return new Refused(401, "Unauthorized", "Bearer");
        }
        String token = identity.strip();
        if (token.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
            token = token.substring(BEARER_PREFIX.length()).strip();
        }
        JsonNode claims;
        try {
            claims = verifiedClaims(token, settings);
        } catch (InvalidTokenException e) {
            return new Refused(401, "Unauthorized",
                    "Bearer scope=\"\" error=\"invalid_token\" error_description=\"" + e.getMessage() + "\"");
        }
        List<String> scopes = scopesOf(claims);
        if (!requiredScopes.isEmpty() && requiredScopes.stream().noneMatch(scopes::contains)) {
            return new Refused(403, "Forbidden", "Bearer scope=\"" + String.join(" ", requiredScopes)
                    + "\" error=\"insufficient_scope\" error_description=\"expected scopes: " + requiredScopes + "\"");
        }
        return new Authorized(claimsAsStrings(claims), scopes.isEmpty() ? null : scopes);
    }

    private JsonNode verifiedClaims(String token, JwtAuthorizerSettings settings) throws InvalidTokenException {
        JsonWebToken jwt = JsonWebToken.parse(token);
        if (!"RS256".equals(jwt.header().path("alg").asText())) {
            throw new InvalidTokenException("signing method " + jwt.header().path("alg").asText() + " is invalid");
        }
        PublicKey key = signingKey(jwt.header().path("kid").asText(), settings);
        if (!signatureMatches(jwt, key)) {
            throw new InvalidTokenException("the token has an invalid signature");
        }
        JsonNode claims = jwt.claims();
        if (!settings.issuer().equals(claims.path("iss").asText())) {
            throw new InvalidTokenException("the token does not have a valid issuer");
        }
        if (!audienceMatches(claims, settings.audience())) {
            throw new InvalidTokenException("the token does not have a valid audience");
        }
        Instant now = clock.instant();
        if (!claims.path("exp").isNumber()) {
            throw new InvalidTokenException("the token has no expiry");
        }
        if (!now.isBefore(Instant.ofEpochSecond(claims.path("exp").asLong()))) {
            throw new InvalidTokenException("the token has expired");
        }
        for (String notAfterNow : List.of("nbf", "iat")) {
            if (claims.path(notAfterNow).isNumber() && now.isBefore(Instant.ofEpochSecond(claims.path(notAfterNow).asLong()))) {
                throw new InvalidTokenException("the token is not valid yet");
            }
        }
        return claims;
    }

    private PublicKey signingKey(String kid, JwtAuthorizerSettings settings) throws InvalidTokenException {
        JwksKeys keys = keysByJwksUrl.computeIfAbsent(settings.jwksUrl(),
                url -> new JwksKeys(URI.create(url), http, clock));
        try {
            return keys.key(kid).orElseThrow(() -> new InvalidTokenException("the token's key id is unknown to the issuer"));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot fetch the signing keys of " + settings.issuer(), e);
            throw new InvalidTokenException("the issuer's signing keys are unavailable");
        }
    }

    private static boolean signatureMatches(JsonWebToken jwt, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(jwt.signingInput());
            return verifier.verify(jwt.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean audienceMatches(JsonNode claims, List<String> audience) {
        JsonNode aud = claims.get("aud");
        if (aud == null) {
            // Cognito access tokens carry the app client in client_id and have no aud.
            return audience.contains(claims.path("client_id").asText(null));
        }
        if (aud.isArray()) {
            for (JsonNode entry : aud) {
                if (audience.contains(entry.asText())) {
                    return true;
                }
            }
            return false;
        }
        return audience.contains(aud.asText());
    }

    private static List<String> scopesOf(JsonNode claims) {
        JsonNode scope = claims.has("scope") ? claims.get("scope") : claims.get("scp");
        if (scope == null) {
            return List.of();
        }
        if (scope.isArray()) {
            List<String> scopes = new ArrayList<>();
            scope.forEach(entry -> scopes.add(entry.asText()));
            return scopes;
        }
        return Arrays.stream(scope.asText().split("\\s+")).filter(entry -> !entry.isEmpty()).toList();
    }

    /** API Gateway flattens claims to strings; a JSON array becomes {@code [a b]}. */
    static Map<String, String> claimsAsStrings(JsonNode claims) {
        Map<String, String> flattened = new LinkedHashMap<>();
        claims.properties().forEach(claim -> flattened.put(claim.getKey(), asString(claim.getValue())));
        return flattened;
    }

    private static String asString(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(asString(item)));
            return "[" + String.join(" ", items) + "]";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    sealed interface Outcome permits Authorized, Refused {}

    /** Verified: the claims and scopes that go to {@code requestContext.authorizer.jwt}. */
    record Authorized(Map<String, String> claims, List<String> scopes) implements Outcome {
        Authorized {
            claims = Map.copyOf(claims);
        }

        Optional<List<String>> scopeList() {
            return Optional.ofNullable(scopes);
        }
    }

    /** Refused: status 401/403, the body's message and the {@code www-authenticate} header. */
    record Refused(int status, String message, String wwwAuthenticate) implements Outcome {}
}
