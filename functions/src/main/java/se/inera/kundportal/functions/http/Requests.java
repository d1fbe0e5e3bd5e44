package se.inera.kundportal.functions.http;

import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.RequestMessages;

/** Path parameters, query parameters and the caller's address of an HTTP API event. */
public final class Requests {
    private Requests() {
    }

    /**
     * A path parameter of the route. API Gateway only routes requests that have it, so a missing one
     * means the route and the handler disagree: reported as not found rather than trusted.
     */
    public static String pathParameter(APIGatewayV2HTTPEvent event, String name) {
        return Optional.ofNullable(event.getPathParameters()).map(parameters -> parameters.get(name))
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> NotFoundException.of("Route", name, RequestMessages.ADDRESS_NOT_FOUND));
    }

    public static Optional<String> queryParameter(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> parameters = event.getQueryStringParameters();
        return Optional.ofNullable(parameters).map(p -> p.get(name)).filter(value -> !value.isBlank());
    }

    /** A whole-number query parameter within {@code min..max}; 400 naming the parameter otherwise. */
    public static Optional<Integer> intQueryParameter(APIGatewayV2HTTPEvent event, String name, int min, int max) {
        Optional<String> raw = queryParameter(event, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.get().strip());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ValidationException.of(name, RequestMessages.wholeNumberBetween(min, max));
    }

    /** The address the request came from, as API Gateway saw it (BankID's {@code endUserIp}). */
    public static String sourceIp(APIGatewayV2HTTPEvent event) {
        return Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getSourceIp)
                .filter(ip -> !ip.isBlank())
                .orElseThrow(() -> new IllegalStateException("the request context has no source IP"));
    }
}
