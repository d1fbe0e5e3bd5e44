package se.inera.kundportal.functions.attest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.attestation.AttestOrder;
import se.inera.kundportal.core.attestation.AttestationChoice;
import se.inera.kundportal.core.attestation.AttesterProof;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.validation.Validation;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /attestation/{linkId}/decision} (no login), body {@code {"approve": true, "code": "123456"}}
 * or {@code {"approve": false, "code": "123456", "reason": "…"}}: approves or rejects the order with the SMS code
 * as proof. Core moves the order from awaiting to attested (or rejected) with one conditional write before the
 * workflow is woken, so a replay or a second attestant gets 409 and the order is attested once.
 */
public final class DecideAttestationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final AttestOrder attestation;

    public DecideAttestationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public DecideAttestationHandler(Wiring wiring) {
        this(wiring.attestOrder());
    }

    public DecideAttestationHandler(AttestOrder attestation) {
        this.attestation = Objects.requireNonNull(attestation);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            LinkId link = AttestationRequests.link(event);
            boolean session = AttestationRequests.carriesPortalSession(event);
            JsonRequest body = JsonRequest.of(event);
            Boolean approve = body.bool("approve");
            String code = body.text("code");
            String reason = body.text("reason");
            // the decision's errors with the code's, all before the code is checked (and spent)
            Validation choice = new Validation();
            if (approve != null || !body.has("approve")) {
                // (an approve of the wrong type is already the body's error)
                AttestationChoice.errorsOf(choice, approve, reason);
            }
            List<FieldError> missing = new ArrayList<>(choice.errors());
            if (code == null && !body.has("code")) {
                missing.add(new FieldError("code", OrderMessages.SMS_CODE_MISSING));
            } else if (code != null && !code.strip().matches("\\d{6}")) {
                missing.add(new FieldError("code", OrderMessages.SMS_CODE_SHAPE));
            }
            body.throwIfInvalid(missing);
            AttesterProof proof = new AttesterProof.SmsCode(code.strip());
            AttestOrder.Outcome outcome = approve
                    ? attestation.attest(new AttestOrder.AttestCommand(link, proof, session))
                    : attestation.reject(new AttestOrder.RejectCommand(link, proof, reason, session));
            return HttpResponses.ok(AttestationViews.Decided.of(outcome));
        });
    }
}
