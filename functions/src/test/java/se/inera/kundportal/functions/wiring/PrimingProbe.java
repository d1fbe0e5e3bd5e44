package se.inera.kundportal.functions.wiring;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.functions.signing.ViewSigningPageHandler;

/**
 * Run in a JVM of its own by {@link SnapStartPrimingIT} with {@code -Xlog:class+load}: builds the signing page's
 * handler as Lambda's init would, primes it when asked ({@code primed}) by calling the SnapStart hooks, then answers
 * one request for an unknown link. Loading {@link RequestStarts} and {@link RequestEnds} marks in the class log which
 * classes the request itself loaded.
 */
public final class PrimingProbe {
    private PrimingProbe() {
    }

    public static void main(String[] args) {
        boolean primed = args.length > 0 && args[0].equals("primed");
        Wiring wiring = Wiring.of(System.getenv());
        ViewSigningPageHandler handler = new ViewSigningPageHandler(wiring);
        if (primed) {
            SnapStartPriming hooks = new SnapStartPriming(wiring);
            hooks.beforeCheckpoint(null);
            hooks.afterRestore(null);
        }
        APIGatewayV2HTTPEvent request = unknownSigningLink();

        new RequestStarts();
        long start = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);
        long elapsed = System.nanoTime() - start;
        new RequestEnds();

        // The time is only printed (docs/performance.md quotes it); speed is asserted in bench/, never here.
        System.out.println("status=" + response.getStatusCode() + " requestMillis=" + elapsed / 1_000_000);
    }

    private static APIGatewayV2HTTPEvent unknownSigningLink() {
        Map<String, String> path = new HashMap<>();
        path.put("linkId", LinkId.random(new SecureRandom()).value());
        return APIGatewayV2HTTPEvent.builder().withRouteKey("GET /signing/{linkId}").withPathParameters(path)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("probe")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").build())
                        .build())
                .build();
    }

    /** Loaded just before the request. */
    static final class RequestStarts {
    }

    /** Loaded just after it. */
    static final class RequestEnds {
    }
}
