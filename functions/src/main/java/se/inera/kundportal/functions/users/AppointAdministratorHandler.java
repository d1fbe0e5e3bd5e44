package se.inera.kundportal.functions.users;

import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /operator/organisations/{organisationsnummer}/administrators}. (group Operators) Adds an
 * administrator to an organisation that has none, or replaces {@code replaceUserId}'s.
 */
public final class AppointAdministratorHandler extends UsersRoute {

    public AppointAdministratorHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public AppointAdministratorHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public AppointAdministratorHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        JsonRequest body = JsonRequest.of(event);
        Optional<String> replaced = Optional.ofNullable(body.text("replaceUserId"));
        return HttpResponses.created(UserViews.MemberView.of(users.appointAdministrator(caller, organisation(event),
                person(body), replaced)));
    }
}
