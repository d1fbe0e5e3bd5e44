package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code PUT /organisations/{organisationsnummer}/users/{userId}}. A person's details and roles (not the
 * e-mail, which is the login).
 */
public final class EditPersonHandler extends UsersRoute {

    public EditPersonHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public EditPersonHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public EditPersonHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.ok(UserViews.MemberView.of(
                users.editPerson(caller, organisation(event), userId(event), person(JsonRequest.of(event)))));
    }
}
