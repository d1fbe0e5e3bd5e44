package se.inera.kundportal.local.gateway;

import java.time.Duration;
import java.util.Map;

/**
 * An {@code AWS::Serverless::Function} as the gateway runs it: its logical id (used as function name), the
 * {@code Handler} ({@code pkg.Class::method} or {@code pkg.Class}), its environment (Globals merged with the
 * function's own, references resolved) and its {@code Timeout}.
 */
public record FunctionDefinition(String name, String handler, Map<String, String> environment, Duration timeout) {
    public FunctionDefinition {
        environment = Map.copyOf(environment);
    }

    /** The class part of {@link #handler()}. */
    public String handlerClassName() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    /** The method part of {@link #handler()}; {@code handleRequest} when the handler names only a class. */
    public String handlerMethodName() {
        int separator = handler.indexOf("::");
        return separator < 0 ? "handleRequest" : handler.substring(separator + 2);
    }
}
