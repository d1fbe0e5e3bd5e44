package se.inera.kundportal.functions.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.RegisterExistingCustomer;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.operator.OperatorViews.CustomerView;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /operator/customers} (group Operators). Registers an organisation that already has
 * Kundavtal 2 directly, skipping the application: the organisation (signed from the start), Inera's
 * record of the agreement, and the administrator with the Administrator role. 201 with the customer;
 * 409 if the organisationsnummer is already registered.
 */
public final class RegisterExistingCustomerHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final RegisterExistingCustomer registerExistingCustomer;
    private final Clock clock;

    public RegisterExistingCustomerHandler() {
        this(Wiring.fromEnvironment().registerExistingCustomer(), Wiring.fromEnvironment().clock());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public RegisterExistingCustomerHandler(RegisterExistingCustomer registerExistingCustomer, Clock clock) {
        this.registerExistingCustomer = registerExistingCustomer;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Actor operator = Caller.of(event).requireOperator();
            RegisterExistingCustomer.RegisterCommand command = ExistingCustomerRequest.parse(JsonRequest.of(event),
                    operator, LocalDate.now(clock.withZone(SWEDEN)));
            Organisation registered = registerExistingCustomer.register(command);
            return HttpResponses.created(CustomerView.of(registered));
        });
    }
}
