package se.inera.kundportal.local.runtime;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.functions.wiring.Wiring;
import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.gateway.FunctionDefinition;

/**
 * Every function of the template with its handler object, made once as in its own Lambda execution environment,
 * behind the one in-process invoker ({@link JavaHandlerFunction}) that both the engine (Step Functions tasks) and
 * the gateway (API routes) call. Each handler gets its own {@link Wiring}, built from that function's environment
 * only, as Lambda would set it: a variable the function lacks in {@code template.yaml} fails here as it would there.
 * Handlers without a {@code (Wiring)} constructor (test handlers) are made with their no-arg one, as Lambda does.
 * The handler classes (and the {@link Wiring} they get) come from the given class loader: this runtime's own class
 * path, or the functions jar alone ({@link FunctionsJarClassLoader}).
 */
final class FunctionHandlers {
    private final Map<String, JavaHandlerFunction> byFunction = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * Makes the handler of every function. A function whose class is missing or whose constructor fails is left
     * out and named in {@link #problems()}, so that the rest of the system still runs while a colleague's handler is
     * unfinished.
     */
    FunctionHandlers(Collection<FunctionDefinition> functions, LocalAccount account) {
        this(functions, account, FunctionHandlers.class.getClassLoader());
    }

    /** As {@link #FunctionHandlers(Collection, LocalAccount)}, the handler classes loaded by {@code classes}. */
    FunctionHandlers(Collection<FunctionDefinition> functions, LocalAccount account, ClassLoader classes) {
        for (FunctionDefinition function : functions) {
            try {
                Object handler = newHandler(Class.forName(function.handlerClassName(), true, classes),
                        lambdaEnvironment(function, account));
                byFunction.put(function.name(), JavaHandlerFunction.of(handler, function.handlerMethodName()));
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                problems.add(function.name() + ": " + function.handlerClassName() + " cannot be made (" + rootMessage(e) + ")");
            }
        }
    }

    /** The function's own variables plus those Lambda reserves and sets itself (which the template cannot change). */
    static Map<String, String> lambdaEnvironment(FunctionDefinition function, LocalAccount account) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        environment.put("AWS_REGION", account.region());
        environment.put("AWS_DEFAULT_REGION", account.region());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        return environment;
    }

    private static Object newHandler(Class<?> handlerClass, Map<String, String> environment)
            throws ReflectiveOperationException {
        Class<?> wiring = Class.forName(Wiring.class.getName(), true, handlerClass.getClassLoader());
        Constructor<?> withWiring;
        try {
            withWiring = handlerClass.getConstructor(wiring);
        } catch (NoSuchMethodException wiresNothing) {
            return handlerClass.getConstructor().newInstance();
        }
        return withWiring.newInstance(wiring.getMethod("of", Map.class).invoke(null, environment));
    }

    /** The invoker of the function with logical id {@code functionId}. */
    Optional<JavaHandlerFunction> function(String functionId) {
        return Optional.ofNullable(byFunction.get(functionId));
    }

    /** The gateway's view: the same invoker for a route's function, or a failure the gateway answers with 500. */
    JavaHandlerFunction forRoute(FunctionDefinition function) {
        return function(function.name()).orElseThrow(() -> new IllegalStateException(
                function.name() + " has no handler here: " + String.join("; ", problems)));
    }

    /** Registers every function with the engine under its ARN and its name. */
    void registerAll(LocalAccount account, LambdaRegistry registry) {
        byFunction.forEach((functionId, function) -> {
            registry.register(account.functionArn(functionId), function);
            registry.register(functionId, function);
        });
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
