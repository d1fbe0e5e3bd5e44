package se.inera.kundportal.functions.ordering;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.wiring.Wiring;

/** API: {@code GET /organisations/{organisationsnummer}/orders}. The organisation's orders with status, newest first. */
public final class ListOrdersHandler extends OrderingRoute {

    public ListOrdersHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ListOrdersHandler(Wiring wiring) {
        this(wiring.placeOrder());
    }

    public ListOrdersHandler(PlaceOrder ordering) {
        super(ordering);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        int limit = Requests.intQueryParameter(event, "limit", 1, PageRequest.MAX_LIMIT)
                .orElse(PageRequest.DEFAULT_LIMIT);
        PageRequest page = Requests.queryParameter(event, "cursor")
                .map(PageRequest.first(limit)::next).orElse(PageRequest.first(limit));
        return HttpResponses.ok(OrderingViews.OrderPage.of(ordering.orders(caller, organisation(event), page)));
    }
}
