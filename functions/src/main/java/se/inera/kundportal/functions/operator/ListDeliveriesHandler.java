package se.inera.kundportal.functions.operator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.order.OrderFacts;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code GET /operator/deliveries?limit=25&cursor=…} (group Operators). Customer service's work list:
 * attested orders waiting for delivery, newest first, one page at a time.
 */
public final class ListDeliveriesHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OrderFacts.Reader facts;

    public ListDeliveriesHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public ListDeliveriesHandler(Wiring wiring) {
        this(wiring.orderFacts());
    }

    public ListDeliveriesHandler(OrderFacts.Reader facts) {
        this.facts = Objects.requireNonNull(facts);
    }

    /** One attested order to deliver. */
    record DeliveryRow(String orderId, String organisationName, String organisationsnummer, String summary,
                       String orderedBy, String ordererEmail, String attestedBy, Instant attestedAt,
                       List<String> careUnits) {
        static DeliveryRow of(OrderFacts facts) {
            Order order = facts.order();
            var attestation = order.attestations().get(order.attestations().size() - 1);
            return new DeliveryRow(order.id().value(), facts.organisation().name(),
                    facts.organisation().number().toString(), facts.summary(), facts.orderer().name(),
                    facts.orderer().email().value(), attestation.attestantName(), attestation.at(),
                    order.careUnits().stream().map(unit -> unit.name() + " (" + unit.hsaId().value() + ")").toList());
        }
    }

    record DeliveryPage(List<DeliveryRow> items, String nextCursor) {
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Caller.of(event).requireOperator();
            int limit = Requests.intQueryParameter(event, "limit", 1, PageRequest.MAX_LIMIT)
                    .orElse(PageRequest.DEFAULT_LIMIT);
            PageRequest page = Requests.queryParameter(event, "cursor")
                    .map(PageRequest.first(limit)::next).orElse(PageRequest.first(limit));
            Page<Order> found = facts.orders().findByStatus(OrderStatus.ATTESTED, page);
            return HttpResponses.ok(new DeliveryPage(found.items().stream()
                    .map(order -> DeliveryRow.of(facts.read(order.id()))).toList(), found.nextCursor().orElse(null)));
        });
    }
}
