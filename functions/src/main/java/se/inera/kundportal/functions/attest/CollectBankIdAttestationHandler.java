package se.inera.kundportal.functions.attest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.attestation.AttestWithBankId;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /attestation/{linkId}/bankid/collect} (no login), body {@code {"orderRef": "…"}}: how the BankID
 * order goes; once complete the order is approved or rejected, as signed at the start, with the signature as proof
 * (the same conditional write as the SMS decision). A decision sent here is not read: only the signed one counts.
 */
public final class CollectBankIdAttestationHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final AttestWithBankId attestation;

    public CollectBankIdAttestationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public CollectBankIdAttestationHandler(Wiring wiring) {
        this(wiring.attestWithBankId());
    }

    public CollectBankIdAttestationHandler(AttestWithBankId attestation) {
        this.attestation = Objects.requireNonNull(attestation);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            JsonRequest body = JsonRequest.of(event);
            String orderRef = body.text("orderRef");
            List<FieldError> missing = new ArrayList<>();
            if (orderRef == null || orderRef.isBlank()) {
                missing.add(new FieldError("orderRef", OrderMessages.ATTESTATION_BANKID_ORDER_REF_MISSING));
            }
            body.throwIfInvalid(missing);
            return HttpResponses.ok(AttestationViews.BankIdProgress.of(attestation.collect(
                    new AttestWithBankId.CollectCommand(AttestationRequests.link(event), orderRef.strip(),
                            AttestationRequests.carriesPortalSession(event)))));
        });
    }
}
