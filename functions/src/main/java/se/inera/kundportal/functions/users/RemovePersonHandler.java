package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code DELETE /organisations/{organisationsnummer}/users/{userId}}. 204; 409 when it would leave the
 * organisation without an administrator.
 */
public final class RemovePersonHandler extends UsersRoute {

    public RemovePersonHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public RemovePersonHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public RemovePersonHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        users.removePerson(caller, organisation(event), userId(event));
        return HttpResponses.noContent();
    }
}
