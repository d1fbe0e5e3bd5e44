package se.inera.kundportal.local.gateway;

import static se.inera.kundportal.local.gateway.HttpApiDefinition.map;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import se.inera.kundportal.standins.SamTemplate;

/**
 * An {@code AWS::Serverless::Function} as it runs locally: its logical id (used as function name), the
 * {@code Handler} ({@code pkg.Class::method} or {@code pkg.Class}), its own environment (Globals' variables, then
 * the function's, references resolved) and its {@code Timeout}.
 */
public record FunctionDefinition(String name, String handler, Map<String, String> environment, Duration timeout) {
    static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    /** What Lambda uses when neither the function nor Globals set {@code Timeout}. */
    static final Duration LAMBDA_DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    public FunctionDefinition {
        environment = Map.copyOf(environment);
    }

    /**
     * Every {@code AWS::Serverless::Function} of {@code template} by logical id, with Globals' {@code Function}
     * settings where the function sets none. A variable whose reference {@code values} cannot resolve is left out of
     * the environment and named to {@code unresolved} as {@code FunctionId.NAME}.
     */
    public static Map<String, FunctionDefinition> allOf(SamTemplate template, TemplateValues values,
                                                        Consumer<String> unresolved) {
        Map<String, Object> globals = map(map(template.asMap().get("Globals")).get("Function"));
        Map<String, FunctionDefinition> functions = new LinkedHashMap<>();
        template.resourcesOfType(FUNCTION_TYPE).forEach((functionId, resource) ->
                functions.put(functionId, of(functionId, globals, map(resource.get("Properties")), values, unresolved)));
        return functions;
    }

    private static FunctionDefinition of(String functionId, Map<String, Object> globals, Map<String, Object> properties,
                                         TemplateValues values, Consumer<String> unresolved) {
        Object handler = properties.getOrDefault("Handler", globals.get("Handler"));
        if (handler == null) {
            throw new IllegalArgumentException("Function " + functionId + " has no Handler");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (Map<String, Object> source : List.of(globals, properties)) {
            map(map(source.get("Environment")).get("Variables")).forEach((name, value) ->
                    values.text(value).ifPresentOrElse(text -> environment.put(name, text), () -> {
                        environment.remove(name);
                        unresolved.accept(functionId + "." + name);
                    }));
        }
        Object timeout = properties.getOrDefault("Timeout", globals.get("Timeout"));
        Duration functionTimeout = values.text(timeout).map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)))
                .orElse(LAMBDA_DEFAULT_TIMEOUT);
        return new FunctionDefinition(functionId, String.valueOf(handler), environment, functionTimeout);
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
