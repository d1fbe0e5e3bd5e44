package se.inera.kundportal.functions.attest;

import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.attestation.AttestWithBankId;
import se.inera.kundportal.core.attestation.AttestationChoice;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.signing.SigningViews;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /attestation/{linkId}/bankid} (no login): starts a BankID signature only the link's attestant can
 * complete, body {@code {"approve": true}} or {@code {"approve": false, "reason": "…"}}: the decision is checked first
 * (400 before anything is signed), shown in BankID and kept with the BankID order, and is what collect records;
 * answers {@code orderRef}, {@code autoStartToken} and the first QR content, as signing an agreement does.
 */
public final class StartBankIdAttestationHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final AttestWithBankId attestation;

    public StartBankIdAttestationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public StartBankIdAttestationHandler(Wiring wiring) {
        this(wiring.attestWithBankId());
    }

    public StartBankIdAttestationHandler(AttestWithBankId attestation) {
        this.attestation = Objects.requireNonNull(attestation);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            JsonRequest body = JsonRequest.of(event);
            AttestationChoice.Raw choice = new AttestationChoice.Raw(body.bool("approve"), body.text("reason"));
            body.throwIfInvalid();
            return HttpResponses.ok(SigningViews.BankIdStarted.of(attestation.start(new AttestWithBankId.StartCommand(
                    AttestationRequests.link(event), Requests.sourceIp(event), choice,
                    AttestationRequests.carriesPortalSession(event)))));
        });
    }
}
