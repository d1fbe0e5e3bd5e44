package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /organisations/{organisationsnummer}/readiness}. "Ready to order?": the routine's preconditions,
 * each with how to fix it.
 */
public final class ReadinessHandler extends UsersRoute {

    public ReadinessHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ReadinessHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public ReadinessHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.ok(UserViews.ReadinessView.of(users.readiness(caller, organisation(event))));
    }
}
