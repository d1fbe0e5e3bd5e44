package se.inera.kundportal.functions.ordering;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.wiring.Wiring;

/** API: {@code GET /organisations/{organisationsnummer}/orders/{orderId}}. One order and where it stands. */
public final class GetOrderHandler extends OrderingRoute {

    public GetOrderHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public GetOrderHandler(Wiring wiring) {
        this(wiring.placeOrder());
    }

    public GetOrderHandler(PlaceOrder ordering) {
        super(ordering);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.ok(OrderingViews.OrderView.of(
                ordering.order(caller, organisation(event), Requests.pathParameter(event, "orderId"))));
    }
}
