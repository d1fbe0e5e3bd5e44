package se.inera.kundportal.functions.application;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.SubmitApplication;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.workflow.WorkflowStarter;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /applications} (public). A customer application (kundansökan, step 1): validated
 * field by field, stored as {@code SUBMITTED}, and its onboarding workflow started, named after the
 * application id. 201 {@code {applicationId, status}}; 400 listing every invalid field; 409 saying
 * what to do instead when the organisation is already a customer or already has an application.
 */
public final class SubmitApplicationHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String ALREADY_CUSTOMER = "Organisationen %s är redan kund hos Inera och behöver inte ansöka. "
            + "Organisationens administratör lägger upp användare i Kundportalen; vet ni inte vem det är, "
            + "kontakta Ineras kundservice.";
    static final String APPLICATION_IN_PROGRESS = "Det finns redan en ansökan för organisationen %s som "
            + "behandlas. Ni behöver inte ansöka igen: Inera meddelar er när ansökan är beslutad. Kontakta "
            + "Ineras kundservice om något i ansökan behöver ändras.";

    private final SubmitApplication submitApplication;
    private final WorkflowStarter onboarding;

    public SubmitApplicationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public SubmitApplicationHandler(Wiring wiring) {
        this(wiring.submitApplication(), wiring.workflowStarter());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public SubmitApplicationHandler(SubmitApplication submitApplication, WorkflowStarter onboarding) {
        this.submitApplication = submitApplication;
        this.onboarding = onboarding;
    }

    /** The response body: the new application's id (also the workflow execution's name). */
    record Submitted(String applicationId, String status) {
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            CustomerApplication stored;
            try {
                stored = submitApplication.submit(ApplicationRequest.parse(JsonRequest.of(event)));
            } catch (AlreadyExistsException duplicate) {
                throw withAdvice(duplicate);
            }
            onboarding.startOnboarding(stored.id());
            return HttpResponses.created(new Submitted(stored.id().value(), stored.status().name()));
        });
    }

    /** Core says what conflicts; the applicant also needs to know what to do instead. */
    private static AlreadyExistsException withAdvice(AlreadyExistsException duplicate) {
        String advice = switch (duplicate.subjectType()) {
            case "Organisation" -> ALREADY_CUSTOMER;
            case "CustomerApplication" -> APPLICATION_IN_PROGRESS;
            default -> null;
        };
        return advice == null ? duplicate : new AlreadyExistsException(duplicate.subjectType(),
                duplicate.subjectId(), String.format(advice, duplicate.subjectId()));
    }
}
