package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /organisations/{organisationsnummer}/users}. "Visa roller": administrators and agreement
 * contacts (read-only) and operators.
 */
public final class ShowRolesHandler extends UsersRoute {

    public ShowRolesHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ShowRolesHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public ShowRolesHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.ok(UserViews.RolesView.of(users.showRoles(caller, organisation(event))));
    }
}
