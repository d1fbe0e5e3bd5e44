package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.DecideApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WorkflowResumer;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.operator.OperatorViews.DecisionMade;
import se.inera.kundportal.functions.operator.OperatorViews.DecisionView;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /operator/applications/{applicationId}/decision} {@code {approved, reason}} (group
 * Operators). Inera's decision (step 2): the conditional write {@code SUBMITTED → APPROVED|REJECTED}
 * first, so a second decision (another operator, a double click) is a 409 and changes nothing; then
 * the onboarding workflow is resumed with the decision. A rejection needs a reason, which the
 * applicant is told.
 */
public final class DecideApplicationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final System.Logger LOG = System.getLogger(DecideApplicationHandler.class.getName());
    static final String NOT_RESUMED = "NOT_RESUMED";

    private final DecideApplication decideApplication;
    private final WorkflowResumer workflow;

    public DecideApplicationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public DecideApplicationHandler(Wiring wiring) {
        this(wiring.decideApplication(), wiring.workflowResumer());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public DecideApplicationHandler(DecideApplication decideApplication, WorkflowResumer workflow) {
        this.decideApplication = decideApplication;
        this.workflow = workflow;
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
                throw ValidationException.of("approved", "Ange om ansökan godkänns (true) eller avslås (false).");
            }
            CustomerApplication decided = approved
                    ? decideApplication.approve(new DecideApplication.ApproveCommand(id, operator))
                    : decideApplication.reject(new DecideApplication.RejectCommand(id, operator, reason));
            return HttpResponses.ok(new DecisionMade(decided.id().value(), decided.status().name(),
                    DecisionView.of(decided.decision().orElseThrow()), resume(decided)));
        });
    }

    /**
     * The decision is stored whatever happens here, so a failure to wake the workflow is not the
     * operator's error: it is logged for the on-call and reported as {@code NOT_RESUMED}.
     */
    private String resume(CustomerApplication decided) {
        try {
            ResumeOutcome outcome = workflow.decisionMade(decided.id(), decided.decision().orElseThrow());
            return outcome.name();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Application " + decided.id() + " is decided but its onboarding "
                    + "workflow could not be resumed", e);
            return NOT_RESUMED;
        }
    }
}
