package se.inera.kundportal.functions.signing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.functions.http.Requests;

/** The {@code {linkId}} of a signing route; one of impossible shape is an unknown link (404). */
final class SigningLinks {
    private SigningLinks() {
    }

    static LinkId fromPath(APIGatewayV2HTTPEvent event) {
        String raw = Requests.pathParameter(event, "linkId");
        if (!LinkId.isWellFormed(raw)) {
            throw NotFoundException.of("SigningLink", "(hidden)", Messages.UNKNOWN_SIGNING_LINK);
        }
        return new LinkId(raw);
    }
}
