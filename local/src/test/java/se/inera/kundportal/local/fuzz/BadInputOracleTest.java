package se.inera.kundportal.local.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The fuzz oracle itself: what it lets through and what it calls a failure; and the generator's reproducibility. */
class BadInputOracleTest {
    private static final ApiOperations.Operation PLACE_ORDER = new ApiOperations.Operation("POST",
            "/organisations/{organisationsnummer}/orders", "placeOrder", List.of(), Optional.empty(), true, true,
            Set.of(201, 400, 401, 404, 415, 500));
    private static final BadRequest REQUEST = new BadRequest(1, "test", PLACE_ORDER, "POST",
            "/organisations/x/orders", Map.of(), new byte[0]);

    private static RawHttp.Response response(int status, String body) {
        return new RawHttp.Response(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJsonErrorWithAMessageIsAnAcceptableRejection() {
        assertThat(BadInputRun.problemWith(REQUEST, response(400, "{\"message\":\"Fel i fälten\",\"errors\":[]}")))
                .isNull();
        assertThat(BadInputRun.problemWith(REQUEST, response(201, "{\"orderId\":\"1\"}"))).as("documented 2xx").isNull();
    }

    @Test
    void serverErrorsLeakedInternalsBodiesThatAreNotJsonAndUndocumented2xxAreFailures() {
        assertThat(BadInputRun.problemWith(REQUEST, response(500, "{\"message\":\"Internt fel\"}"))).isNotNull();
        assertThat(BadInputRun.problemWith(REQUEST, response(503, "{\"message\":\"x\"}"))).isNotNull();
        assertThat(BadInputRun.problemWith(REQUEST, response(400,
                "{\"message\":\"java.lang.NullPointerException\"}"))).isNotNull();
        assertThat(BadInputRun.problemWith(REQUEST, response(400,
                "{\"message\":\"at se.inera.kundportal.Foo.bar(Foo.java:1)\"}"))).isNotNull();
        assertThat(BadInputRun.problemWith(REQUEST, response(400, "<h1>Bad Request</h1>"))).isNotNull();
        assertThat(BadInputRun.problemWith(REQUEST, response(404, "{\"error\":\"x\"}"))).isNotNull();
        assertThat(BadInputRun.problemWith(REQUEST, response(200, "{}"))).isNotNull();
    }

    @Test
    void theSameSeedMakesTheSameRequestsAndEveryRouteComesUp() {
        ApiOperations api = ApiOperations.ofProject();
        FuzzTargets targets = new FuzzTargets(List.of("a.b.c"), Map.of("organisationsnummer", List.of("232100-0016")));
        BadRequests first = new BadRequests(api, targets, 42);
        BadRequests second = new BadRequests(api, targets, 42);
        for (int i = 0; i < 2 * api.operations().size(); i++) {
            BadRequest one = first.next();
            BadRequest other = second.next();
            assertThat(one.kind()).isEqualTo(other.kind());
            assertThat(one.target()).isEqualTo(other.target());
            assertThat(one.body()).isEqualTo(other.body());
        }
        assertThat(api.operations()).hasSizeGreaterThanOrEqualTo(30);
    }
}
