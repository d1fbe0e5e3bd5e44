package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static final FunctionDefinition FUNCTION = new FunctionDefinition("F", "x.Handler", Map.of(), Duration.ofSeconds(3));

    private final RouteTable table = new RouteTable(List.of(
            route("ANY", "/pets/{proxy+}"),
            route("GET", "/pets/{petId}"),
            route("GET", "/pets/dog"),
            route("ANY", "/pets/dog"),
            route("GET", "/pets/{petId}/toys/{toyId}"),
            route("GET", "/pets"),
            route("GET", "/"),
            HttpApiRoute.defaultRoute(FUNCTION, RouteAuthorization.NONE)));

    @Test
    void prefersALiteralSegmentOverAParameter() {
        assertThat(routeKey("GET", "/pets/dog")).isEqualTo("GET /pets/dog");
        assertThat(routeKey("GET", "/pets/cat")).isEqualTo("GET /pets/{petId}");
    }

    @Test
    void prefersTheNamedMethodOverAny() {
        assertThat(routeKey("GET", "/pets/dog")).isEqualTo("GET /pets/dog");
        assertThat(routeKey("DELETE", "/pets/dog")).isEqualTo("ANY /pets/dog");
    }

    @Test
    void triesTheGreedyParameterAfterEveryOtherRoute() {
        assertThat(routeKey("GET", "/pets/7/toys/3")).isEqualTo("GET /pets/{petId}/toys/{toyId}");
        assertThat(routeKey("GET", "/pets/7/toys")).isEqualTo("ANY /pets/{proxy+}");
        assertThat(routeKey("POST", "/pets/7")).isEqualTo("ANY /pets/{proxy+}");
    }

    @Test
    void fillsInPathParametersAndTheGreedyRest() {
        assertThat(table.match("GET", "/pets/7/toys/3").orElseThrow().pathParameters())
                .containsOnly(Map.entry("petId", "7"), Map.entry("toyId", "3"));
        assertThat(table.match("PUT", "/pets/a/b/c").orElseThrow().pathParameters())
                .containsOnly(Map.entry("proxy", "a/b/c"));
    }

    @Test
    void fallsBackToTheDefaultRouteOnlyWhenNothingElseMatches() {
        assertThat(routeKey("GET", "/owners")).isEqualTo("$default");
        assertThat(routeKey("POST", "/pets")).isEqualTo("$default");
        assertThat(table.matchExplicit("GET", "/owners")).isEmpty();
        assertThat(routeKey("GET", "/")).isEqualTo("GET /");
    }

    @Test
    void matchesNothingWithoutADefaultRoute() {
        RouteTable withoutDefault = new RouteTable(List.of(route("GET", "/pets")));
        assertThat(withoutDefault.match("GET", "/pets/1")).isEmpty();
        assertThat(withoutDefault.match("GET", "/pets")).isPresent();
        assertThat(withoutDefault.defaultRoute()).isEmpty();
    }

    @Test
    void doesNotLetAGreedyParameterMatchAnEmptyRest() {
        RouteTable files = new RouteTable(List.of(route("ANY", "/files/{proxy+}")));
        assertThat(files.match("GET", "/files")).isEmpty();
        assertThat(files.match("GET", "/files/a.txt")).isPresent();
    }

    @Test
    void rejectsDuplicateAndMalformedRoutes() {
        assertThatThrownBy(() -> new RouteTable(List.of(route("GET", "/a"), route("get", "/a"))))
                .hasMessageContaining("GET /a");
        assertThatThrownBy(() -> route("GET", "/a/{proxy+}/b")).hasMessageContaining("last segment");
        assertThatThrownBy(() -> route("GET", "/a/x{id}")).hasMessageContaining("whole segment");
    }

    private String routeKey(String method, String path) {
        Optional<RouteMatch> match = table.match(method, path);
        return match.orElseThrow().route().routeKey();
    }

    private static HttpApiRoute route(String method, String path) {
        return new HttpApiRoute(method, path, FUNCTION, RouteAuthorization.NONE);
    }
}
