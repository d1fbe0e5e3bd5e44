package se.inera.kundportal.bench.coldstart.probe;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * The yardstick of the cold-start benchmark: a {@link RequestHandler} with no dependencies beyond
 * {@code aws-lambda-java-core}, started exactly like the functions' handlers. What a handler costs beyond this is
 * what its own code and libraries cost.
 */
public final class BareHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return Map.of("statusCode", 200, "body", "{\"keys\":" + event.size() + "}");
    }
}
