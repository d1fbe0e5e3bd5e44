package se.inera.kundportal.local.gateway.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Takes the event as a map and returns a plain object, which API Gateway turns into a 200 JSON response. */
public final class GreetingHandler implements RequestHandler<java.util.Map<String, Object>, GreetingHandler.Greeting> {
    public record Greeting(String greeting, String routeKey) {}

    @Override
    public Greeting handleRequest(java.util.Map<String, Object> event, Context context) {
        return new Greeting("hej", String.valueOf(event.get("routeKey")));
    }
}
