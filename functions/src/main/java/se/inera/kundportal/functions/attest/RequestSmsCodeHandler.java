package se.inera.kundportal.functions.attest;

import java.util.Objects;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.attestation.AttestOrder;
import se.inera.kundportal.core.attestation.AttestationChoice;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /attestation/{linkId}/sms-code} (no login). Sends a six-digit one-time code to the attestant's
 * registered mobile number through SNS; a new code replaces the old one, at most one a minute and five per link
 * (429). The body may be empty, {@code {}}, or carry the decision the code is for ({@code approve}, {@code reason}),
 * which is then checked first.
 */
public final class RequestSmsCodeHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final AttestOrder attestation;

    public RequestSmsCodeHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public RequestSmsCodeHandler(Wiring wiring) {
        this(wiring.attestOrder());
    }

    public RequestSmsCodeHandler(AttestOrder attestation) {
        this.attestation = Objects.requireNonNull(attestation);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            attestation.requestSmsCode(AttestationRequests.link(event), intendedChoice(event),
                    AttestationRequests.carriesPortalSession(event));
            return HttpResponses.ok(new AttestationViews.CodeSent(OrderMessages.SMS_CODE_SENT_MESSAGE));
        });
    }

    /** The body may be empty or {@code {}}; a page that knows the decision sends {@code approve} (and a reason). */
    private static Optional<AttestationChoice.Raw> intendedChoice(APIGatewayV2HTTPEvent event) {
        if (event.getBody() == null || event.getBody().isBlank()) {
            return Optional.empty();
        }
        JsonRequest body = JsonRequest.of(event);
        if (!body.has("approve") && !body.has("reason")) {
            return Optional.empty();
        }
        AttestationChoice.Raw choice = new AttestationChoice.Raw(body.bool("approve"), body.text("reason"));
        body.throwIfInvalid();
        return Optional.of(choice);
    }
}
