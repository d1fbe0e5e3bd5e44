package se.inera.kundportal.local.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The HttpApi's routes in the order API Gateway tries them (most specific first, greedy later, $default last). */
public final class RouteTable {
    private final List<HttpApiRoute> routes;

    public RouteTable(List<HttpApiRoute> routes) {
        Set<String> routeKeys = new HashSet<>();
        for (HttpApiRoute route : routes) {
            if (!routeKeys.add(route.routeKey())) {
                throw new IllegalArgumentException("Route " + route.routeKey() + " is defined twice");
            }
        }
        List<HttpApiRoute> ordered = new ArrayList<>(routes);
        ordered.sort(HttpApiRoute::compareSpecificity);
        this.routes = List.copyOf(ordered);
    }

    public List<HttpApiRoute> routes() {
        return routes;
    }

    /** The route API Gateway would take for {@code method} and the decoded {@code path}, $default included. */
    public Optional<RouteMatch> match(String method, String path) {
        for (HttpApiRoute route : routes) {
            Optional<Map<String, String>> parameters = route.match(method, path);
            if (parameters.isPresent()) {
                return Optional.of(new RouteMatch(route, parameters.get()));
            }
        }
        return Optional.empty();
    }

    /** Like {@link #match} but never the $default route, so static files can come before it. */
    public Optional<RouteMatch> matchExplicit(String method, String path) {
        return match(method, path).filter(match -> !match.route().isDefault());
    }

    /** The $default route, if the API has one. */
    public Optional<HttpApiRoute> defaultRoute() {
        return routes.stream().filter(HttpApiRoute::isDefault).findFirst();
    }
}
