package se.inera.kundportal.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.functions.json.Json;

/** Reading handler responses in tests. */
public final class Responses {
    private Responses() {
    }

    public static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return Json.MAPPER.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("response body is not JSON: " + response.getBody(), e);
        }
    }

    /** The fields named in a 400's {@code errors}, in order. */
    public static List<String> errorFields(APIGatewayV2HTTPResponse response) {
        assertThat(response.getStatusCode()).isEqualTo(400);
        return body(response).path("errors").findValuesAsText("field");
    }

    /** Asserts the status and the headers every response carries, and returns the body. */
    public static JsonNode assertResponse(APIGatewayV2HTTPResponse response, int status) {
        assertThat(response.getStatusCode()).as("status of %s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders())
                .containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("X-Content-Type-Options", "nosniff");
        return body(response);
    }
}
