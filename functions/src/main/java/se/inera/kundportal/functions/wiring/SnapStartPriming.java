package se.inera.kundportal.functions.wiring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.RequestMessages;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;

/**
 * SnapStart's hooks for one execution environment (template.yaml: {@code SnapStart: ApplyOn: PublishedVersions}).
 * Before the snapshot, the function's wiring primes itself ({@link Wiring#primeForSnapshot()}): a read of a key no
 * item has, the JSON and HTTP-response paths on sample data, so the classes, TLS context and connection setup of the
 * first request are in the snapshot. It writes, mails and starts nothing. After a restore, what must be unique per
 * environment is renewed ({@link Wiring#renewAfterRestore()}).
 *
 * <p>Lambda's runtime calls the resources registered with {@link Core#getGlobalContext()}; that context holds them
 * weakly, so whoever registers keeps a reference ({@link Wiring#forExecutionEnvironment()}'s holder does).
 */
public final class SnapStartPriming implements Resource {
    private final Wiring wiring;

    public SnapStartPriming(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Registers the hooks of {@code wiring} with the runtime; keep the result for as long as the wiring lives. */
    static SnapStartPriming register(Wiring wiring) {
        SnapStartPriming priming = new SnapStartPriming(wiring);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        wiring.primeForSnapshot();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        wiring.renewAfterRestore();
    }

    /**
     * The JSON paths of an API call on sample data, as a handler runs them: a JSON body read field by field, a record
     * written as a 200, a validation error written as a 400. Touches nothing outside this JVM.
     */
    static void runJsonPaths() {
        APIGatewayV2HTTPEvent request = APIGatewayV2HTTPEvent.builder()
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("snapstart-priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").build())
                        .build())
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"sample\":{\"text\":\"priming\",\"texts\":[\"a\",\"b\"],\"flag\":true,\"count\":1}}")
                .build();
        ApiCall.respond(request, null, () -> {
            JsonRequest body = JsonRequest.of(request);
            Sample sample = new Sample(body.text("sample.text"), body.texts("sample.texts"),
                    body.bool("sample.flag"), Instant.EPOCH, null);
            body.throwIfInvalid();
            return HttpResponses.ok(sample);
        });
        ApiCall.respond(request, null, () -> {
            throw ValidationException.of("sample", RequestMessages.BODY_MISSING);
        });
    }

    /** A response body of the usual shapes: text, a list, a flag, a time, an absent field. */
    private record Sample(String text, List<String> texts, Boolean flag, Instant at, String absent) {
    }
}
