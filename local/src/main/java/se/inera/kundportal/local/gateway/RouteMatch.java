package se.inera.kundportal.local.gateway;

import java.util.Map;

/** The route a request took and the path parameters it filled in. */
public record RouteMatch(HttpApiRoute route, Map<String, String> pathParameters) {
    public RouteMatch {
        pathParameters = Map.copyOf(pathParameters);
    }
}
