package se.inera.kundportal.local.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.gateway.FunctionDefinition;
import se.inera.kundportal.local.gateway.LambdaHandlers;

/**
 * The functions' handler objects, one per handler class as in one Lambda execution environment, shared by the
 * engine (Step Functions tasks) and the gateway (API routes). Classes come from the runtime's own
 * {@link FunctionsClassLoader}.
 */
final class FunctionHandlers implements LambdaHandlers.HandlerFactory {
    private final ClassLoader classLoader;
    private final Map<String, Object> instancesByClass = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    FunctionHandlers(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public Object create(FunctionDefinition function, Class<?> handlerClass) throws ReflectiveOperationException {
        return instance(handlerClass);
    }

    /**
     * Registers every function under its ARN and its name; {@code handlers} maps logical id to {@code Handler}.
     * Returns one line per function that could not be registered (its class missing or its constructor failing),
     * so that the rest of the system still runs while a colleague's handler is unfinished.
     */
    List<String> registerAll(Map<String, String> handlers, LocalAccount account, LambdaRegistry registry) {
        List<String> problems = new ArrayList<>();
        handlers.forEach((functionId, handler) -> {
            String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
            try {
                Object instance = instance(Class.forName(className, false, classLoader));
                for (String reference : List.of(account.functionArn(functionId), functionId)) {
                    if (instance instanceof RequestStreamHandler stream) {
                        registry.register(reference, stream, json);
                    } else if (instance instanceof RequestHandler<?, ?> typed) {
                        registry.register(reference, typed, json);
                    } else {
                        problems.add(functionId + ": " + className + " is neither a RequestHandler nor a RequestStreamHandler");
                        return;
                    }
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                problems.add(functionId + ": " + className + " cannot be made (" + rootMessage(e) + ")");
            }
        });
        return problems;
    }

    private Object instance(Class<?> handlerClass) throws ReflectiveOperationException {
        Object existing = instancesByClass.get(handlerClass.getName());
        if (existing != null) {
            return existing;
        }
        synchronized (instancesByClass) {
            Object again = instancesByClass.get(handlerClass.getName());
            if (again != null) {
                return again;
            }
            Object created = handlerClass.getConstructor().newInstance();
            instancesByClass.put(handlerClass.getName(), created);
            return created;
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
