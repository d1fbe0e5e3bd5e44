package se.inera.kundportal.local.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A JWT authorizer of the HttpApi: where the token comes from ({@code IdentitySource}, by default
 * {@code $request.header.Authorization}), the issuer whose JWKS signs it, the accepted audiences (matched against
 * {@code aud}, or {@code client_id} for Cognito access tokens) and the scopes a route gets unless it names its own.
 */
public record JwtAuthorizerSettings(String name, String identityHeader, String issuer, List<String> audience,
                                    List<String> defaultScopes) {
    static final String HEADER_SOURCE_PREFIX = "$request.header.";

    public JwtAuthorizerSettings {
        identityHeader = identityHeader.toLowerCase(Locale.ROOT);
        audience = List.copyOf(audience);
        defaultScopes = List.copyOf(defaultScopes);
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("JWT authorizer " + name + " has no issuer");
        }
    }

    /** The header named by an identity source such as {@code $request.header.Authorization}. */
    static Optional<String> headerOf(String identitySource) {
        String source = identitySource.strip();
        return source.startsWith(HEADER_SOURCE_PREFIX)
                ? Optional.of(source.substring(HEADER_SOURCE_PREFIX.length()))
                : Optional.empty();
    }

    public JwtAuthorizerSettings withIssuer(String newIssuer) {
        return new JwtAuthorizerSettings(name, identityHeader, newIssuer, audience, defaultScopes);
    }

    public JwtAuthorizerSettings withAudience(List<String> newAudience) {
        return new JwtAuthorizerSettings(name, identityHeader, issuer, newAudience, defaultScopes);
    }

    /** {@code <issuer>/.well-known/jwks.json}, where API Gateway (and cognito-local) publish the signing keys. */
    public String jwksUrl() {
        return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/.well-known/jwks.json";
    }
}
