package se.inera.kundportal.functions.operator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.validation.InvalidValueException;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.operator.OperatorViews.Administrators;
import se.inera.kundportal.functions.operator.OperatorViews.Person;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /operator/organisations/{organisationsnummer}/administrators} (group Operators).
 * Who administers an organisation: customer service's answer to "who gives us access?". Any accepted
 * form of the number works ({@code 232100-0016}, {@code 2321000016}, {@code 162321000016}); 400 says
 * what is wrong with an invalid one, 404 if the organisation is not a customer.
 */
public final class FindAdministratorsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ManageUsers manageUsers;

    public FindAdministratorsHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public FindAdministratorsHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    /** With its collaborators given: for tests and for the local runtime, which wires stand-ins. */
    public FindAdministratorsHandler(ManageUsers manageUsers) {
        this.manageUsers = manageUsers;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Actor operator = Caller.of(event).requireOperator();
            Organisationsnummer number = organisationsnummer(Requests.pathParameter(event, "organisationsnummer"));
            var administrators = manageUsers.showRoles(number, operator).usersWith(Role.ADMINISTRATOR);
            return HttpResponses.ok(new Administrators(number.value(),
                    administrators.stream().map(Person::of).toList()));
        });
    }

    /** The path parameter {@code organisationsnummer}, or a 400 that says what is wrong with it. */
    public static Organisationsnummer organisationsnummer(String raw) {
        try {
            return Organisationsnummer.parse(raw);
        } catch (InvalidValueException invalid) {
            throw ValidationException.of("organisationsnummer", invalid.getMessage());
        }
    }
}
