package se.inera.kundportal.functions.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.order.PlaceOrderCommand.CareUnitInput;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.http.ApiCall;
import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.http.JsonRequest;
import se.inera.kundportal.functions.http.Requests;
import se.inera.kundportal.functions.operator.FindAdministratorsHandler;

/**
 * What the ordering routes do alike: who calls (core reads their roles per request), the path's organisationsnummer
 * (400 when invalid), the form's care units, and errors mapped by {@link ApiCall}. Each route makes one call to
 * core's {@link PlaceOrder}.
 */
public abstract class OrderingRoute implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    protected final PlaceOrder ordering;

    protected OrderingRoute(PlaceOrder ordering) {
        this.ordering = ordering;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiCall.respond(event, context, () -> handle(Caller.of(event).signedIn(), event));
    }

    protected abstract APIGatewayV2HTTPResponse handle(SignedIn caller, APIGatewayV2HTTPEvent event);

    protected static Organisationsnummer organisation(APIGatewayV2HTTPEvent event) {
        return FindAdministratorsHandler.organisationsnummer(Requests.pathParameter(event, "organisationsnummer"));
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
