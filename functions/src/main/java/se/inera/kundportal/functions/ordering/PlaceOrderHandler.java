package se.inera.kundportal.functions.ordering;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.order.OrderRequest;
import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.order.PlaceOrderService;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /organisations/{organisationsnummer}/orders}. Sends the order (201); the same
 * {@code Idempotency-Key} again answers the same order.
 */
public final class PlaceOrderHandler extends OrderingRoute {

    public PlaceOrderHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public PlaceOrderHandler(Wiring wiring) {
        this(wiring.placeOrder());
    }

    public PlaceOrderHandler(PlaceOrder ordering) {
        super(ordering);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        JsonRequest body = JsonRequest.of(event);
        OrderRequest request = new OrderRequest(body.text("serviceId"), body.text("offeringId"), careUnits(body),
                body.text("acceptedTermsVersion"), Boolean.TRUE.equals(body.bool("allCareUnitsListed")),
                Boolean.TRUE.equals(body.bool("acknowledgesAdditionalStartupFee")));
        body.throwIfInvalid();
        PlaceOrder.PlaceOrderResult placed = ordering.place(caller, organisation(event), request,
                header(event, PlaceOrderService.IDEMPOTENCY_KEY_HEADER));
        return HttpResponses.created(OrderingViews.Placed.of(placed));
    }
}
