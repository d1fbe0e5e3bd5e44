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
 * API: {@code GET /signing/{linkId}} (no login; the opaque id from the signatory's e-mail). The
 * agreement to sign (title, version, text, hash), the organisation and a summary of the application.
 * Changes nothing, since mail scanners open links too; sent with {@code Cache-Control: no-store} and
 * {@code Referrer-Policy: no-referrer} like every response. 404 for an unknown link, 410 for one
 * expired, replaced or already used to sign.
 */
public final class ViewSigningPageHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SignWithBankId signing;

    public ViewSigningPageHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ViewSigningPageHandler(Wiring wiring) {
        this(wiring.signWithBankId());
    }

    /** With its use case given: for tests and for the local runtime, which wires stand-ins. */
    public ViewSigningPageHandler(SignWithBankId signing) {
        this.signing = signing;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> HttpResponses.ok(
                SigningViews.SigningPage.of(signing.open(SigningLinks.fromPath(event)))));
    }
}
