package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /me}. The signed-in person, each organisation with their roles and what they can do there (read
 * per request).
 */
public final class MeHandler extends UsersRoute {

    public MeHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public MeHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public MeHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.ok(UserViews.MeView.of(users.me(caller)));
    }
}
