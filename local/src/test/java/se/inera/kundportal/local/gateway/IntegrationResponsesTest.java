package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;

/** What the gateway makes of the JSON a function's runtime wrote (response objects through the runtime's serialiser). */
class IntegrationResponsesTest {
    private final IntegrationResponses responses = new IntegrationResponses(new ObjectMapper());

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void answersAStringAs200JsonString() throws Exception {
        GatewayResponse response = responses.from(json("\"hej\""));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("\"hej\"");
        assertThat(response.header("content-type")).containsExactly("application/json");
    }

    @Test
    void appliesAResponseShapedMapLikeAResponseObject() throws Exception {
        GatewayResponse response = responses.from(json("{\"statusCode\": 204, \"headers\": {\"X-A\": \"1\"}}"));
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("x-a")).containsExactly("1");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void decodesABase64Body() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', 0};
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/pdf"))
                .withBody(Base64.getEncoder().encodeToString(pdf)).withIsBase64Encoded(true).build();
        assertThat(responses.from(JavaHandlerFunction.toJson(response)).body()).isEqualTo(pdf);
    }

    @Test
    void letsASingleValueHeaderReplaceTheMultiValueOne() throws Exception {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withMultiValueHeaders(Map.of("X-A", List.of("1", "2"), "X-B", List.of("3", "4")))
                .withHeaders(Map.of("x-a", "only")).build();
        GatewayResponse mapped = responses.from(JavaHandlerFunction.toJson(response));
        assertThat(mapped.header("x-a")).containsExactly("only");
        assertThat(mapped.header("x-b")).containsExactly("3", "4");
    }

    @Test
    void treatsAResponseWithoutValidStatusAsMalformed() {
        assertThatThrownBy(() -> responses.from(JavaHandlerFunction.toJson(new APIGatewayV2HTTPResponse())))
                .isInstanceOf(IntegrationResponses.MalformedResponseException.class);
        assertThatThrownBy(() -> responses.from("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntegrationResponses.MalformedResponseException.class);
    }
}
