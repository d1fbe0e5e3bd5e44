package se.inera.kundportal.functions.attest;

import java.util.Locale;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.functions.http.Requests;

/** What every attestation route reads from its request: the link in the path and whether a portal session rode along. */
final class AttestationRequests {
    /** The header the web client sends with every call while someone is signed in to the portal. */
    static final String SESSION_MARKER = "x-kundportal-session";

    private AttestationRequests() {
    }

    /** The {@code {linkId}} of the route; one of impossible shape is an unknown link (404). */
    static LinkId link(APIGatewayV2HTTPEvent event) {
        String raw = Requests.pathParameter(event, "linkId");
        if (!LinkId.isWellFormed(raw)) {
            throw NotFoundException.of("AttestationLink", "(hidden)", OrderMessages.ATTESTATION_LINK_INVALID);
        }
        return new LinkId(raw);
    }

    /** A portal session: a bearer token ({@code Authorization}) or the web client's session marker. */
    static boolean carriesPortalSession(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        return headers.entrySet().stream().anyMatch(header -> header.getValue() != null && !header.getValue().isBlank()
                && switch (header.getKey().toLowerCase(Locale.ROOT)) {
                    case "authorization", SESSION_MARKER -> true;
                    default -> false;
                });
    }
}
