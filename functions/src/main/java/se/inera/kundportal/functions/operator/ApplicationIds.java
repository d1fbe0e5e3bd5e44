package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.functions.http.Requests;

/** The {@code {applicationId}} of an operator route; an id of impossible shape is simply not found. */
final class ApplicationIds {
    private ApplicationIds() {
    }

    static ApplicationId fromPath(APIGatewayV2HTTPEvent event) {
        String raw = Requests.pathParameter(event, "applicationId");
        try {
            return new ApplicationId(raw);
        } catch (IllegalArgumentException impossible) {
            throw NotFoundException.of("CustomerApplication", "(invalid)", Messages.APPLICATION_NOT_FOUND);
        }
    }
}
