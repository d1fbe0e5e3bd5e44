package se.inera.kundportal.functions.signing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /signing/{linkId}/bankid} (no login). Starts a BankID signature of the agreement
 * that only the signatory named in the application can complete ({@code requirement.personalNumber}),
 * showing the agreement's title, version and organisation and binding the text's SHA-256. Returns
 * {@code {orderRef, autoStartToken, qrData}}; the QR secret stays on the server.
 */
public final class StartBankIdSigningHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SignWithBankId signing;

    public StartBankIdSigningHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public StartBankIdSigningHandler(Wiring wiring) {
        this(wiring.signWithBankId());
    }

    /** With its use case given: for tests and for the local runtime, which wires stand-ins. */
    public StartBankIdSigningHandler(SignWithBankId signing) {
        this.signing = signing;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> HttpResponses.ok(SigningViews.BankIdStarted.of(
                signing.start(SigningLinks.fromPath(event), Requests.sourceIp(event)))));
    }
}
