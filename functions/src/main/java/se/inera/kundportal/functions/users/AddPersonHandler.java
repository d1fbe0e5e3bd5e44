package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /organisations/{organisationsnummer}/users}. "Lägg upp ny användare och tilldela roll": 201
 * with the member (the same userId for a person who exists).
 */
public final class AddPersonHandler extends UsersRoute {

    public AddPersonHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public AddPersonHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public AddPersonHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.created(UserViews.MemberView.of(
                users.addPerson(caller, organisation(event), person(JsonRequest.of(event)))));
    }
}
