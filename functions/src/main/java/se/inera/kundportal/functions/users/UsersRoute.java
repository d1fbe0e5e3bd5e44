package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.PersonForm.PersonInput;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.operator.FindAdministratorsHandler;

/**
 * What every route of users and roles does alike: who calls (core decides what they may do, from the roles read
 * per request), the path's organisationsnummer (400 when invalid), the person form, and errors mapped by
 * {@link ApiCall}. Each route's handler makes its one call to core's {@link ManageUsers}.
 */
public abstract class UsersRoute implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    protected final ManageUsers users;

    protected UsersRoute(ManageUsers users) {
        this.users = users;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> handle(Caller.of(event).signedIn(), event));
    }

    protected abstract APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event);

    protected static Organisationsnummer organisation(APIGatewayV2HTTPEvent event) {
        return FindAdministratorsHandler.organisationsnummer(Requests.pathParameter(event, "organisationsnummer"));
    }

    protected static String userId(APIGatewayV2HTTPEvent event) {
        return Requests.pathParameter(event, "userId");
    }

    /** The person form's fields; a field of the wrong type is a 400 on that field. */
    protected static PersonInput person(JsonRequest body) {
        PersonInput input = new PersonInput(body.text("name"), body.text("email"), body.text("mobile"),
                body.text("personnummer"), body.texts("roles"));
        body.throwIfInvalid();
        return input;
    }
}
