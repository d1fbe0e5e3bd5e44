package se.inera.kundportal.local.gateway;

import java.util.List;
import java.util.Optional;

/**
 * How a route is protected: by a named JWT authorizer of the HttpApi (optionally requiring one of some scopes),
 * or not at all ({@code Auth: Authorizer: NONE}).
 */
public record RouteAuthorization(Optional<String> authorizerName, List<String> requiredScopes) {
    public static final RouteAuthorization NONE = new RouteAuthorization(Optional.empty(), List.of());

    public RouteAuthorization {
        requiredScopes = List.copyOf(requiredScopes);
    }

    public static RouteAuthorization by(String authorizerName, List<String> requiredScopes) {
        return new RouteAuthorization(Optional.of(authorizerName), requiredScopes);
    }

    public boolean isOpen() {
        return authorizerName.isEmpty();
    }
}
