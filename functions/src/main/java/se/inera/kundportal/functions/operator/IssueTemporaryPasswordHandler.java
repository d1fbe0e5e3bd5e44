package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.functions.cognito.TemporaryPasswordReissue;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /operator/organisations/{organisationsnummer}/administrators/{userId}/temporary-password}
 * (group Operators), body {@code {"requestId": "…"}}. A new temporary password for an administrator whose
 * first one expired unused, mailed once per request id: 200 (also for a repeated request id, with
 * {@code mailed: false}), 404 if the user is not the organisation's administrator, 409 if they have
 * already chosen their own password.
 */
public final class IssueTemporaryPasswordHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final TemporaryPasswordReissue reissue;

    public IssueTemporaryPasswordHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public IssueTemporaryPasswordHandler(Wiring wiring) {
        this(wiring.temporaryPasswordReissue());
    }

    public IssueTemporaryPasswordHandler(TemporaryPasswordReissue reissue) {
        this.reissue = reissue;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Actor operator = Caller.of(event).requireOperator();
            Organisationsnummer organisation =
                    FindAdministratorsHandler.organisationsnummer(Requests.pathParameter(event, "organisationsnummer"));
            UserId administrator = new UserId(SafePathParameters.of(event, "userId"));
            JsonRequest json = JsonRequest.of(event);
            String requestId = json.text("requestId");
            json.throwIfInvalid();
            return HttpResponses.ok(reissue.reissue(organisation, administrator, requestId, operator));
        });
    }
}
