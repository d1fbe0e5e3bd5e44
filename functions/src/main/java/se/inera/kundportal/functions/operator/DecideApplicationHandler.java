package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.onboarding.DecideApplication;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.operator.OperatorViews.DecisionMade;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /operator/applications/{applicationId}/decision} {@code {approved, reason}} (group
 * Operators). Inera's decision (step 2), made by core's {@link DecideApplication}: the conditional write
 * {@code SUBMITTED → APPROVED|REJECTED} (a second decision is a 409 and changes nothing), then the waiting
 * onboarding workflow is woken. A rejection needs a reason, which the applicant is told.
 */
public final class DecideApplicationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final DecideApplication decideApplication;

    public DecideApplicationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public DecideApplicationHandler(Wiring wiring) {
        this(wiring.decideApplication());
    }

    /** With its use case given: for tests and for the local runtime, which wires stand-ins. */
    public DecideApplicationHandler(DecideApplication decideApplication) {
        this.decideApplication = decideApplication;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Actor operator = Caller.of(event).requireOperator();
            ApplicationId id = ApplicationIds.fromPath(event);
            JsonRequest json = JsonRequest.of(event);
            Boolean approved = json.bool("approved");
            String reason = json.text("reason");
            json.throwIfInvalid();
            if (approved == null) {
                throw ValidationException.of("approved", Messages.DECISION_MISSING);
            }
            DecideApplication.Decided decided = approved
                    ? decideApplication.approve(new DecideApplication.ApproveCommand(id, operator))
                    : decideApplication.reject(new DecideApplication.RejectCommand(id, operator, reason));
            return HttpResponses.ok(DecisionMade.of(decided));
        });
    }
}
