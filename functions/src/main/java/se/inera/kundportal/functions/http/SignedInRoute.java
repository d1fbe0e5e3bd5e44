package se.inera.kundportal.functions.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.operator.FindAdministratorsHandler;

/**
 * A route of a signed-in customer user: who calls (core decides what they may do, from the roles read per request),
 * the path's organisationsnummer (400 when invalid), and errors mapped by {@link ApiCall}.
 */
public abstract class SignedInRoute implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> handle(Caller.of(event).signedIn(), event));
    }

    protected abstract APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event);

    protected static Organisationsnummer organisation(APIGatewayV2HTTPEvent event) {
        return FindAdministratorsHandler.organisationsnummer(Requests.pathParameter(event, "organisationsnummer"));
    }
}
