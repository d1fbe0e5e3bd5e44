package se.inera.kundportal.local.gateway;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the functions' handlers in-process as the Java Lambda runtime does: the handler class is instantiated once
 * (public no-arg constructor, by default) and kept, the {@code Handler} method is found by name (a
 * {@link RequestHandler}, a stream handler or any public method taking the event and optionally the
 * {@link Context}), and the event is handed over as the method's parameter type (JSON-converted unless it is
 * {@link APIGatewayV2HTTPEvent}). A stream handler's output is returned as its bytes.
 */
public final class LambdaHandlers {
    /** Makes the handler object for a function; the default calls the class's public no-arg constructor, like Lambda. */
    @FunctionalInterface
    public interface HandlerFactory {
        Object create(FunctionDefinition function, Class<?> handlerClass) throws ReflectiveOperationException;

        static HandlerFactory noArgConstructor() {
            return (function, handlerClass) -> handlerClass.getConstructor().newInstance();
        }
    }

    private final HandlerFactory factory;
    private final ClassLoader classLoader;
    private final ObjectMapper json;
    private final Map<String, Object> instancesByFunction = new ConcurrentHashMap<>();

    public LambdaHandlers(HandlerFactory factory, ClassLoader classLoader, ObjectMapper json) {
        this.factory = factory;
        this.classLoader = classLoader;
        this.json = json;
    }

    /** Invokes the function's handler; what it returned (or, for a stream handler, the bytes it wrote). */
    public Object invoke(FunctionDefinition function, APIGatewayV2HTTPEvent event, Context context) throws Throwable {
        Object handler = instance(function);
        Method method = handlerMethod(handler.getClass(), function);
        Class<?>[] parameterTypes = method.getParameterTypes();
        Object[] arguments = new Object[parameterTypes.length];
        ByteArrayOutputStream streamOutput = null;
        for (int i = 0; i < parameterTypes.length; i++) {
            if (parameterTypes[i] == Context.class) {
                arguments[i] = context;
            } else if (parameterTypes[i] == InputStream.class) {
                arguments[i] = new ByteArrayInputStream(json.writeValueAsBytes(event));
            } else if (parameterTypes[i] == OutputStream.class) {
                streamOutput = new ByteArrayOutputStream();
                arguments[i] = streamOutput;
            } else {
                arguments[i] = input(event, inputType(handler.getClass(), method, i));
            }
        }
        try {
            method.setAccessible(true);
            Object result = method.invoke(handler, arguments);
            return streamOutput != null ? streamOutput.toByteArray() : result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object instance(FunctionDefinition function) {
        return instancesByFunction.computeIfAbsent(function.name(), name -> {
            try {
                Class<?> handlerClass = Class.forName(function.handlerClassName(), true, classLoader);
                return factory.create(function, handlerClass);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot instantiate handler " + function.handler() + " of " + name, e);
            }
        });
    }

    private Object input(APIGatewayV2HTTPEvent event, Type type) {
        if (type instanceof Class<?> raw && raw.isInstance(event)) {
            return event;
        }
        JavaType target = json.getTypeFactory().constructType(type);
        return json.convertValue(event, target);
    }

    /** The method {@code Handler} names: the public one with that name taking the most parameters (as Lambda picks). */
    static Method handlerMethod(Class<?> handlerClass, FunctionDefinition function) {
        return Arrays.stream(handlerClass.getMethods())
                .filter(method -> method.getName().equals(function.handlerMethodName()))
                .filter(method -> !method.isBridge() && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() <= 3)
                .max(Comparator.comparingInt(Method::getParameterCount)
                        .thenComparing(method -> method.getParameterTypes().length > 0
                                && method.getParameterTypes()[0] != Object.class))
                .orElseThrow(() -> new IllegalStateException(handlerClass.getName() + " has no public method "
                        + function.handlerMethodName() + " for " + function.name()));
    }

    /** The declared input type, the {@code I} of {@code RequestHandler<I, O>} when the method is the erased one. */
    private static Type inputType(Class<?> handlerClass, Method method, int parameter) {
        Type declared = method.getGenericParameterTypes()[parameter];
        if (declared != Object.class || !RequestHandler.class.isAssignableFrom(handlerClass)) {
            return declared;
        }
        for (Class<?> type = handlerClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return parameterized.getActualTypeArguments()[0];
                }
            }
        }
        return declared;
    }
}
