package se.inera.kundportal.functions.attest;

import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.attestation.AttestOrder;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /attestation/{linkId}/sms-code} (no login). Sends a six-digit one-time code to the attestant's
 * registered mobile number through SNS; a new code replaces the old one, at most one a minute (409 sooner).
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
            attestation.requestSmsCode(AttestationRequests.link(event), AttestationRequests.carriesPortalSession(event));
            return HttpResponses.ok(new AttestationViews.CodeSent(OrderMessages.SMS_CODE_SENT_MESSAGE));
        });
    }
}
