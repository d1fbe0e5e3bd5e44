package se.inera.kundportal.functions.http;

import java.util.Optional;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * Runs a handler's work and turns whatever it throws into the matching response
 * ({@link ErrorResponses}), so that no handler throws and none builds error bodies itself.
 */
public final class ApiCall {
    private ApiCall() {
    }

    public static APIGatewayV2HTTPResponse respond(APIGatewayV2HTTPEvent event, Context context,
                                                   Supplier<APIGatewayV2HTTPResponse> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            return ErrorResponses.of(failure, requestId(event, context));
        }
    }

    /** API Gateway's request id (what access logs show), else Lambda's, else a placeholder. */
    static String requestId(APIGatewayV2HTTPEvent event, Context context) {
        return Optional.ofNullable(event).map(APIGatewayV2HTTPEvent::getRequestContext)
                .map(APIGatewayV2HTTPEvent.RequestContext::getRequestId)
                .or(() -> Optional.ofNullable(context).map(Context::getAwsRequestId))
                .orElse("okänd");
    }
}
