package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.PersonForm.PersonInput;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.http.SignedInRoute;

/**
 * What every route of users and roles does alike besides {@link SignedInRoute}'s: the person form. Each route's
 * handler makes its one call to core's {@link ManageUsers}.
 */
public abstract class UsersRoute extends SignedInRoute {
    protected final ManageUsers users;

    protected UsersRoute(ManageUsers users) {
        this.users = users;
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
