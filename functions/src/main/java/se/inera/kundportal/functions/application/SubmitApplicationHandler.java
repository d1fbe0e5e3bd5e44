package se.inera.kundportal.functions.application;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.onboarding.SubmitApplication;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /applications} (public). A customer application (kundansökan, step 1), submitted through
 * core's {@link SubmitApplication}: validated field by field, stored as {@code SUBMITTED} holding its
 * organisation, and its onboarding workflow started, named after the application id. 201
 * {@code {applicationId, status}}, also for the same submission sent again while it waits for a decision
 * (the same id, the same workflow); 400 listing every invalid field; 409 with core's advice when the
 * organisation is already a customer or has another open application.
 */
public final class SubmitApplicationHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SubmitApplication submitApplication;

    public SubmitApplicationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public SubmitApplicationHandler(Wiring wiring) {
        this(wiring.submitApplication());
    }

    /** With its use case given: for tests and for the local runtime, which wires stand-ins. */
    public SubmitApplicationHandler(SubmitApplication submitApplication) {
        this.submitApplication = submitApplication;
    }

    /** The response body: the application's id (also the workflow execution's name). */
    record Submitted(String applicationId, String status) {
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            CustomerApplication stored = submitApplication.submit(ApplicationRequest.parse(JsonRequest.of(event)));
            return HttpResponses.created(new Submitted(stored.id().value(), stored.status().name()));
        });
    }
}
