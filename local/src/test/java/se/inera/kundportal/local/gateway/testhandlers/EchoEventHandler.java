package se.inera.kundportal.local.gateway.testhandlers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** Keeps the last event and context it received, and answers 201 with headers, a cookie and the path as body. */
public final class EchoEventHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    public static final AtomicReference<APIGatewayV2HTTPEvent> LAST_EVENT = new AtomicReference<>();
    public static final AtomicReference<Context> LAST_CONTEXT = new AtomicReference<>();
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public EchoEventHandler() {
        INSTANCES.incrementAndGet();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        LAST_EVENT.set(event);
        LAST_CONTEXT.set(context);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "text/plain", "X-Request-Total", "1"))
                .withMultiValueHeaders(Map.of("X-Tags", List.of("a", "b")))
                .withCookies(List.of("session=abc; HttpOnly", "theme=dark"))
                .withBody(event.getRawPath())
                .build();
    }
}
