package se.inera.kundportal.functions.attest;

import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.attestation.AttestOrder;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.order.OrderFacts;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /attestation/{linkId}} (no login; the opaque id from the attestant's e-mail). The order behind
 * the link, read-only, and the methods this attestant can use. Changes nothing, since mail scanners open links
 * too; {@code Cache-Control: no-store} and {@code Referrer-Policy: no-referrer} like every response. 404 for an
 * unknown link, 410 for one used or expired; 403 when the request carries a portal session.
 */
public final class ViewAttestationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final AttestOrder attestation;
    private final OrderFacts.Reader facts;

    public ViewAttestationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public ViewAttestationHandler(Wiring wiring) {
        this(wiring.attestOrder(), wiring.orderFacts());
    }

    public ViewAttestationHandler(AttestOrder attestation, OrderFacts.Reader facts) {
        this.attestation = Objects.requireNonNull(attestation);
        this.facts = Objects.requireNonNull(facts);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            AttestOrder.AttestationView view = attestation.open(AttestationRequests.link(event),
                    AttestationRequests.carriesPortalSession(event));
            return HttpResponses.ok(AttestationViews.AttestationPage.of(view, facts.read(view.order().id())));
        });
    }
}
