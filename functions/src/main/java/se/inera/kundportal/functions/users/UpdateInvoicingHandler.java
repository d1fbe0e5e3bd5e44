package se.inera.kundportal.functions.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.user.InvoicingForm;
import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code PUT /organisations/{organisationsnummer}/invoicing}. Fakturauppgifter: reference, address or the
 * default address; administrators only.
 */
public final class UpdateInvoicingHandler extends UsersRoute {

    public UpdateInvoicingHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public UpdateInvoicingHandler(Wiring wiring) {
        this(wiring.manageUsers());
    }

    public UpdateInvoicingHandler(ManageUsers users) {
        super(users);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        JsonRequest body = JsonRequest.of(event);
        InvoicingForm.Input input = new InvoicingForm.Input(body.text("reference"), body.text("address.street"),
                body.text("address.postalCode"), body.text("address.city"), body.bool("useDefaultAddress"));
        body.throwIfInvalid();
        return HttpResponses.ok(UserViews.CustomerView.of(users.updateInvoicing(caller, organisation(event), input)));
    }
}
