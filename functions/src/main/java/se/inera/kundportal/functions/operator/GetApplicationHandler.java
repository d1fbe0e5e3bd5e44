package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.operator.OperatorViews.ApplicationView;
import se.inera.kundportal.functions.wiring.Wiring;

/** API: {@code GET /operator/applications/{applicationId}} (group Operators). One application, whole. */
public final class GetApplicationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final CustomerApplicationRepository applications;

    public GetApplicationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public GetApplicationHandler(Wiring wiring) {
        this(wiring.applications());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public GetApplicationHandler(CustomerApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Caller.of(event).requireOperator();
            return HttpResponses.ok(ApplicationView.of(applications.get(ApplicationIds.fromPath(event))));
        });
    }
}
