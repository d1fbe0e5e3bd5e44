package se.inera.kundportal.functions.http;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import se.inera.kundportal.core.message.RequestMessages;

class ApiCallTest {
    private final AtomicInteger worked = new AtomicInteger();

    private APIGatewayV2HTTPResponse call(String method, String contentType, String body) {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withHeaders(headers).withBody(body)
                .withRequestContext(RequestContext.builder().withRequestId("req-1")
                        .withHttp(RequestContext.Http.builder().withMethod(method).build()).build())
                .build();
        return ApiCall.respond(event, null, () -> {
            worked.incrementAndGet();
            return HttpResponses.ok(Map.of());
        });
    }

    @Test
    void refusesBodiesThatAreNotJsonWith415BeforeTheWorkRuns() {
        for (String method : new String[] {"POST", "PUT", "PATCH"}) {
            assertThat(call(method, "text/plain;charset=UTF-8", "{}").getStatusCode()).as(method).isEqualTo(415);
            assertThat(call(method, "application/x-www-form-urlencoded", "a=1").getStatusCode()).isEqualTo(415);
            assertThat(call(method, "multipart/form-data; boundary=x", "").getStatusCode()).isEqualTo(415);
            assertThat(call(method, null, "{}").getStatusCode()).as("a body without a type").isEqualTo(415);
            assertThat(call(method, "application/jsonp", "{}").getStatusCode()).isEqualTo(415);
        }
        assertThat(worked).hasValue(0);
        assertThat(assertResponse(call("POST", "text/plain", "{}"), 415).path("message").asText())
                .isEqualTo(RequestMessages.NOT_JSON);
    }

    @Test
    void letsJsonAndBodilessRequestsThrough() {
        assertThat(call("POST", "application/json", "{}").getStatusCode()).isEqualTo(200);
        assertThat(call("POST", "Application/JSON; charset=utf-8", "{}").getStatusCode()).isEqualTo(200);
        assertThat(call("POST", null, null).getStatusCode()).as("no body, no type").isEqualTo(200);
        assertThat(call("GET", "text/plain", null).getStatusCode()).as("GET has no body to read").isEqualTo(200);
        assertThat(worked).hasValue(4);
    }
}
