package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CorsConfigurationTest {
    @Test
    void answersAnyOriginWithTheWildcardWhenCredentialsAreNotAllowed() {
        CorsConfiguration open = new CorsConfiguration(List.of("*"), List.of("GET"), List.of(), List.of(),
                Optional.empty(), false);
        assertThat(open.responseHeaders("https://anywhere.example"))
                .containsOnly(Map.entry("access-control-allow-origin", "*"));
    }

    @Test
    void echoesTheOriginWhenCredentialsAreAllowed() {
        CorsConfiguration withCredentials = new CorsConfiguration(List.of("*"), List.of("GET"), List.of(), List.of(),
                Optional.empty(), true);
        assertThat(withCredentials.responseHeaders("https://app.example"))
                .containsEntry("access-control-allow-origin", "https://app.example")
                .containsEntry("access-control-allow-credentials", "true")
                .containsEntry("vary", "Origin");
    }

    @Test
    void refusesAPreflightForAMethodNotAllowed() {
        CorsConfiguration cors = new CorsConfiguration(List.of("https://app.example"), List.of("GET", "POST"),
                List.of("Content-Type"), List.of(), Optional.of(60), false);
        assertThat(cors.preflightHeaders("https://app.example", "DELETE")).isEmpty();
        assertThat(cors.preflightHeaders("https://app.example", "POST"))
                .containsEntry("access-control-allow-methods", "GET,POST")
                .containsEntry("access-control-allow-headers", "content-type")
                .containsEntry("access-control-max-age", "60");
    }

    @Test
    void recognisesAPreflightOnlyWithOriginAndRequestedMethod() {
        assertThat(CorsConfiguration.isPreflight("OPTIONS", Map.of("origin", List.of("x"),
                "access-control-request-method", List.of("GET")))).isTrue();
        assertThat(CorsConfiguration.isPreflight("OPTIONS", Map.of("origin", List.of("x")))).isFalse();
    }
}
