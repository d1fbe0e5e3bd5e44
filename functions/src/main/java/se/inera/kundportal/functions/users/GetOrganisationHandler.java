package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /organisations/{organisationsnummer}}. Kundinformation and Fakturauppgifter, for any member and
 * operators.
 */
public final class GetOrganisationHandler extends UsersRoute {

    public GetOrganisationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public GetOrganisationHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public GetOrganisationHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.ok(UserViews.CustomerView.of(users.customerInformation(caller, organisation(event))));
    }
}
