package se.inera.kundportal.functions.operator;

import java.util.List;
import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.order.MarkOrderDelivered;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.HttpResponses;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * API: {@code POST /operator/orders/{orderId}/delivery} (group Operators), body {@code {"accessInstructions": "…"}}:
 * records that customer service contacted the customer ({@code ATTESTED → DELIVERED}, once) and wakes the order's
 * workflow, which mails the instructions to the orderer, the administrators and the agreement contacts.
 */
public final class RecordDeliveryHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final MarkOrderDelivered delivery;

    public RecordDeliveryHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public RecordDeliveryHandler(Wiring wiring) {
        this(wiring.markOrderDelivered());
    }

    public RecordDeliveryHandler(MarkOrderDelivered delivery) {
        this.delivery = Objects.requireNonNull(delivery);
    }

    record Delivered(String orderId, String status) {
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> {
            Actor operator = Caller.of(event).requireOperator();
            OrderId order = new OrderId(SafePathParameters.of(event, "orderId"));
            JsonRequest body = JsonRequest.of(event);
            String instructions = body.text("accessInstructions");
            body.throwIfInvalid(instructions == null && !body.has("accessInstructions")
                    ? List.of(new FieldError("accessInstructions", OrderMessages.DELIVERY_NEEDS_INSTRUCTIONS)) : List.of());
            Order delivered = delivery.markDelivered(new MarkOrderDelivered.MarkDeliveredCommand(order, operator,
                    instructions == null ? "" : instructions));
            return HttpResponses.ok(new Delivered(delivered.id().value(), delivered.status().name()));
        });
    }
}
