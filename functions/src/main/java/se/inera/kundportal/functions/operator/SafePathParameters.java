package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.RequestMessages;
import se.inera.kundportal.functions.http.Requests;

/** A path parameter that must be a safe id ({@link Ids#requireSafe}); another shape is a 400 on that field. */
final class SafePathParameters {
    private SafePathParameters() {
    }

    static String of(APIGatewayV2HTTPEvent event, String name) {
        try {
            return Ids.requireSafe(Requests.pathParameter(event, name), name);
        } catch (IllegalArgumentException invalid) {
            throw ValidationException.of(name, RequestMessages.INVALID_VALUE);
        }
    }
}
