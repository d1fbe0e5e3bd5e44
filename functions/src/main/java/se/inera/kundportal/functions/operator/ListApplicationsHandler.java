package se.inera.kundportal.functions.operator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.operator.OperatorViews.ApplicationPage;
import se.inera.kundportal.functions.operator.OperatorViews.ApplicationRow;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /operator/applications?status=SUBMITTED&limit=25&cursor=…} (group Operators).
 * The work list: applications with one status (default {@code SUBMITTED}), newest first, one page
 * at a time; {@code nextCursor} fetches the next.
 */
public final class ListApplicationsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final CustomerApplicationRepository applications;

    public ListApplicationsHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ListApplicationsHandler(Wiring wiring) {
        this(wiring.applications());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public ListApplicationsHandler(CustomerApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Caller.of(event).requireOperator();
            ApplicationStatus status = status(event);
            int limit = Requests.intQueryParameter(event, "limit", 1, PageRequest.MAX_LIMIT)
                    .orElse(PageRequest.DEFAULT_LIMIT);
            PageRequest page = Requests.queryParameter(event, "cursor")
                    .map(PageRequest.first(limit)::next).orElse(PageRequest.first(limit));
            Page<CustomerApplication> found = applications.findByStatus(status, page);
            return HttpResponses.ok(new ApplicationPage(found.items().stream().map(ApplicationRow::of).toList(),
                    found.nextCursor().orElse(null)));
        });
    }

    private static ApplicationStatus status(APIGatewayV2HTTPEvent event) {
        String raw = Requests.queryParameter(event, "status").orElse(ApplicationStatus.SUBMITTED.name());
        try {
            return ApplicationStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ValidationException.of("status", Messages.unknownStatus(
                    Arrays.stream(ApplicationStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
