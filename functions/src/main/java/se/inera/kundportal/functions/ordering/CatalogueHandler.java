package se.inera.kundportal.functions.ordering;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.wiring.Wiring;

/** API: {@code GET /catalogue}. The services and offerings with their fees, for any signed-in customer user. */
public final class CatalogueHandler extends OrderingRoute {

    public CatalogueHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public CatalogueHandler(Wiring wiring) {
        this(wiring.placeOrder());
    }

    public CatalogueHandler(PlaceOrder ordering) {
        super(ordering);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event) {
        return HttpResponses.ok(OrderingViews.CatalogueView.of(ordering.catalogue()));
    }
}
