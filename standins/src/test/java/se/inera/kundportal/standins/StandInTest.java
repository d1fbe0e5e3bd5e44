package se.inera.kundportal.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StandInTest {
    /** Points at nothing: if the logic tried to start a process here, the test would fail with StandInStartException. */
    private static final StandInOptions NOTHING_INSTALLED = new StandInOptions(
            Path.of("/nonexistent/standins"), Optional.empty(), "node", Duration.ofSeconds(1));

    @Test
    void serviceSpecificEndpointWinsOverTheGlobalOne() {
        Map<String, String> environment = Map.of(
                "AWS_ENDPOINT_URL", "http://localhost:4566",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://localhost:8000");

        assertThat(StandIn.DYNAMODB.endpointGivenIn(environment)).contains(URI.create("http://localhost:8000"));
        assertThat(StandIn.SES.endpointGivenIn(environment)).contains(URI.create("http://localhost:4566"));
    }

    @Test
    void blankOrMissingVariablesMeanNoEndpointIsGiven() {
        assertThat(StandIn.COGNITO.endpointGivenIn(Map.of())).isEmpty();
        assertThat(StandIn.COGNITO.endpointGivenIn(Map.of("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", " ")))
                .isEmpty();
    }

    @Test
    void givenEndpointIsUsedWithoutStartingAnything() {
        Map<String, String> localStack = Map.of("AWS_ENDPOINT_URL_SESV2", "http://localhost:4566");

        try (RunningStandIn ses = StandIn.SES.startUnlessGiven(localStack, NOTHING_INSTALLED)) {
            assertThat(ses.endpoint()).isEqualTo(URI.create("http://localhost:4566"));
            assertThat(ses.isStartedHere()).isFalse();
            assertThat(ses.process()).isEmpty();
        }
    }
}
