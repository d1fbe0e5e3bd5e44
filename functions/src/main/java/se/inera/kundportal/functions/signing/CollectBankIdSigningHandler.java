package se.inera.kundportal.functions.signing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /signing/{linkId}/bankid/collect} (no login). The browser polls it every two
 * seconds: {@code pending} with BankID's Swedish hint and the current animated QR code, {@code failed},
 * or {@code complete} once the signature is recorded (the agreement {@code PENDING_SIGNATURE → SIGNED})
 * and the onboarding workflow resumed. A link used after completion answers 410.
 */
public final class CollectBankIdSigningHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SignWithBankId signing;

    public CollectBankIdSigningHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public CollectBankIdSigningHandler(Wiring wiring) {
        this(wiring.signWithBankId());
    }

    /** With its use case given: for tests and for the local runtime, which wires stand-ins. */
    public CollectBankIdSigningHandler(SignWithBankId signing) {
        this.signing = signing;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> HttpResponses.ok(
                SigningViews.CollectStatus.of(signing.collect(SigningLinks.fromPath(event)))));
    }
}
