package se.inera.kundportal.functions.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.order.PlaceOrderCommand.CareUnitInput;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.http.SignedInRoute;

/**
 * What the ordering routes do alike besides {@link SignedInRoute}'s: headers and the form's care units. Each route
 * makes one call to core's {@link PlaceOrder}.
 */
public abstract class OrderingRoute extends SignedInRoute {
    protected final PlaceOrder ordering;

    protected OrderingRoute(PlaceOrder ordering) {
        this.ordering = ordering;
    }

    /** A header by name, whatever its case (API Gateway passes them lower-cased). */
    protected static Optional<String> header(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The form's {@code careUnits}: each an object with {@code hsaId} and {@code name}. */
    protected static List<CareUnitInput> careUnits(JsonRequest body) {
        List<CareUnitInput> units = new ArrayList<>();
        for (int i = 0; i < body.size("careUnits"); i++) {
            String unit = "careUnits[" + i + "]";
            units.add(new CareUnitInput(body.text(unit + ".hsaId"), body.text(unit + ".name")));
        }
        return units;
    }
}
