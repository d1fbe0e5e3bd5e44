package se.inera.kundportal.functions.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import se.inera.kundportal.core.message.RequestMessages;

/**
 * Runs a handler's work and turns whatever it throws into the matching response
 * ({@link ErrorResponses}), so that no handler throws and none builds error bodies itself.
 *
 * <p>Before the work, a POST, PUT or PATCH that has a body or a {@code Content-Type} other than
 * {@code application/json} is refused with 415 ({@link UnsupportedMediaTypeException}); a bodiless
 * POST without {@code Content-Type} (e.g. starting a BankID order) passes.
 */
public final class ApiCall {
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    static final String JSON = "application/json";

    private ApiCall() {
    }

    public static APIGatewayV2HTTPResponse respond(APIGatewayV2HTTPEvent event, Context context,
                                                   Supplier<APIGatewayV2HTTPResponse> work) {
        try {
            requireJsonBody(event);
            return work.get();
        } catch (RuntimeException failure) {
            return ErrorResponses.of(failure, requestId(event, context));
        }
    }

    static void requireJsonBody(APIGatewayV2HTTPEvent event) {
        String method = Optional.ofNullable(event).map(APIGatewayV2HTTPEvent::getRequestContext)
                .map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod)
                .map(value -> value.toUpperCase(Locale.ROOT)).orElse("");
        if (!METHODS_WITH_BODY.contains(method)) {
            return;
        }
        Optional<String> contentType = header(event.getHeaders(), "content-type");
        boolean hasBody = event.getBody() != null && !event.getBody().isEmpty();
        if ((hasBody || contentType.isPresent()) && !contentType.map(ApiCall::isJson).orElse(false)) {
            throw new UnsupportedMediaTypeException();
        }
    }

    /** {@code application/json}, with or without parameters such as {@code charset=utf-8}. */
    static boolean isJson(String contentType) {
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return mediaType.strip().toLowerCase(Locale.ROOT).equals(JSON);
    }

    /** HTTP APIs hand headers over in lower case; any case is read, in case another caller does not. */
    private static Optional<String> header(Map<String, String> headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).filter(value -> value != null && !value.isBlank()).findFirst();
    }

    /** API Gateway's request id (what access logs show), else Lambda's, else a placeholder. */
    static String requestId(APIGatewayV2HTTPEvent event, Context context) {
        return Optional.ofNullable(event).map(APIGatewayV2HTTPEvent::getRequestContext)
                .map(APIGatewayV2HTTPEvent.RequestContext::getRequestId)
                .or(() -> Optional.ofNullable(context).map(Context::getAwsRequestId))
                .orElse(RequestMessages.UNKNOWN_REFERENCE);
    }
}
