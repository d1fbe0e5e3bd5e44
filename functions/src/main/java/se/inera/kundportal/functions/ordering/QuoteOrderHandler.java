package se.inera.kundportal.functions.ordering;

import java.util.List;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.order.PlaceOrderCommand;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /organisations/{organisationsnummer}/orders/quote}. The price before sending, with the start-up
 * fee, and for an add-on order the routine's warning. Changes nothing.
 */
public final class QuoteOrderHandler extends OrderingRoute {

    public QuoteOrderHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public QuoteOrderHandler(Wiring wiring) {
        this(wiring.placeOrder());
    }

    public QuoteOrderHandler(PlaceOrder ordering) {
        super(ordering);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        JsonRequest body = JsonRequest.of(event);
        String serviceId = body.text("serviceId");
        String offeringId = body.text("offeringId");
        List<PlaceOrderCommand.CareUnitInput> careUnits = careUnits(body);
        body.throwIfInvalid();
        return HttpResponses.ok(OrderingViews.QuoteView.of(
                ordering.quote(caller, organisation(event), serviceId, offeringId, careUnits)));
    }
}
