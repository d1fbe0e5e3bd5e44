package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.customer.LookUpCustomer;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.operator.OperatorViews.CustomerLookup;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /operator/organisations/{organisationsnummer}} (group Operators). Customer service's look-up of a
 * customer: agreement standing, members and roles, newest orders. 400 for an invalid organisationsnummer, 404 when
 * the organisation is not a customer.
 */
public final class LookUpCustomerHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final LookUpCustomer lookUpCustomer;

    public LookUpCustomerHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public LookUpCustomerHandler(Wiring wiring) {
        this(wiring.lookUpCustomer());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public LookUpCustomerHandler(LookUpCustomer lookUpCustomer) {
        this.lookUpCustomer = lookUpCustomer;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Actor operator = Caller.of(event).requireOperator();
            var number = FindAdministratorsHandler.organisationsnummer(Requests.pathParameter(event, "organisationsnummer"));
            return HttpResponses.ok(CustomerLookup.of(lookUpCustomer.lookUp(number, operator)));
        });
    }
}
