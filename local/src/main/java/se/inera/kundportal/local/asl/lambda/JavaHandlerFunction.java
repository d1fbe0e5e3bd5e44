package se.inera.kundportal.local.asl.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A function's Java handler run in-process the way the Lambda Java runtime runs it, for the local gateway and the
 * ASL engine alike: event bytes in, result bytes out. The {@code Handler} method is chosen by the runtime's rules
 * (its public overloads by that name, non-bridge first, the longest signature, a trailing {@link Context} counting
 * one more); stream parameters get the raw bytes; any other input and the result go through the runtime's own
 * serialisers ({@code aws-lambda-java-serialization}: the event serialisers for {@code APIGatewayV2HTTPEvent} and
 * the other AWS event classes, its Jackson configuration for everything else); a {@code void} method answers
 * {@code null}. An exception becomes {@link LambdaFunctionException} carrying the runtime's error document
 * {@code {"errorMessage", "errorType" (fully qualified class name), "stackTrace", "cause"}}.
 */
public final class JavaHandlerFunction implements LambdaFunction {
    /** What the runtime writes for a handler declared {@code void}. */
    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.UTF_8);
    private static final String DEFAULT_METHOD = "handleRequest";

    private final Object handler;
    private final Method method;
    private final Signature signature;
    private final Optional<PojoSerializer<Object>> input;
    private final Optional<PojoSerializer<Object>> output;

    private JavaHandlerFunction(Object handler, Method method) {
        this.handler = handler;
        this.method = method;
        this.signature = Signature.of(method).orElseThrow();
        ClassLoader loader = handler.getClass().getClassLoader();
        this.input = signature.pojoInput() ? Optional.of(serializerFor(method.getGenericParameterTypes()[0], loader))
                : Optional.empty();
        this.output = signature.stream() || isVoid(method.getGenericReturnType()) ? Optional.empty()
                : Optional.of(serializerFor(method.getGenericReturnType(), loader));
        method.setAccessible(true);
    }

    /** A {@link RequestHandler} or {@link RequestStreamHandler} object, called through {@code handleRequest}. */
    public static JavaHandlerFunction of(Object handler) {
        return of(handler, DEFAULT_METHOD);
    }

    /** {@code handler}'s public method {@code methodName}, as {@code Handler: pkg.Class::methodName} names it. */
    public static JavaHandlerFunction of(Object handler, String methodName) {
        return new JavaHandlerFunction(handler, handlerMethod(handler.getClass(), methodName));
    }

    /**
     * The function {@code Handler: className::methodName} names, its object made as Lambda makes it: the class's
     * public no-arg constructor, once.
     */
    public static JavaHandlerFunction load(String className, String methodName) {
        Object handler;
        try {
            handler = Class.forName(className, true, JavaHandlerFunction.class.getClassLoader()).getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Handler " + className + " failed in its constructor", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Handler " + className + " cannot be made", e);
        }
        return of(handler, methodName);
    }

    /** The method the runtime calls for {@code Handler: handlerClass::methodName}. */
    public static Method handlerMethod(Class<?> handlerClass, String methodName) {
        return Arrays.stream(handlerClass.getMethods())
                .filter(method -> method.getName().equals(methodName) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> Signature.of(method).isPresent())
                .min(Comparator.comparing(Method::isBridge)
                        .thenComparing(JavaHandlerFunction::signatureWeight, Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalArgumentException("No public method named " + methodName
                        + " with appropriate method signature found on class " + handlerClass.getName()));
    }

    /** The engine's call: the context's time is the engine's scheduler, which may be virtual. */
    @Override
    public CompletableFuture<byte[]> invoke(byte[] request, LambdaInvocation invocation) {
        try {
            return CompletableFuture.completedFuture(invoke(request, new LocalLambdaContext(invocation)));
        } catch (LambdaFunctionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs the handler on {@code event}; what it answered, or the error the runtime would report. */
    public byte[] invoke(byte[] event, Context context) throws LambdaFunctionException {
        Object in;
        try {
            in = input.isPresent() ? input.get().fromJson(new ByteArrayInputStream(event)) : null;
        } catch (RuntimeException e) {
            throw asFunctionError(new RuntimeException("An error occurred during JSON parsing", e));
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        Object result;
        try {
            result = method.invoke(handler, signature.arguments(in, event, response, context));
        } catch (InvocationTargetException e) {
            throw asFunctionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw asFunctionError(e);
        }
        if (signature.stream()) {
            return response.toByteArray();
        }
        if (output.isEmpty()) {
            return JSON_NULL.clone();
        }
        try {
            output.get().toJson(result, response);
        } catch (RuntimeException e) {
            throw asFunctionError(new RuntimeException("An error occurred during JSON serialization of response", e));
        }
        return response.toByteArray();
    }

    /** The error the Java runtime reports for an uncaught exception: its class name and its error document. */
    public static LambdaFunctionException asFunctionError(Throwable error) {
        return new LambdaFunctionException(error.getClass().getName(), errorDocument(error).toString());
    }

    private static ObjectNode errorDocument(Throwable error) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("errorMessage", error.getMessage());
        document.put("errorType", error.getClass().getName());
        ArrayNode stackTrace = document.putArray("stackTrace");
        for (StackTraceElement element : functionFrames(error.getStackTrace())) {
            stackTrace.add(element.toString());
        }
        if (error.getCause() != null && error.getCause() != error) {
            document.set("cause", errorDocument(error.getCause()));
        }
        return document;
    }

    /** The frames above this invoker's reflective call: as in Lambda, the runtime's own frames are left out. */
    private static List<StackTraceElement> functionFrames(StackTraceElement[] frames) {
        List<StackTraceElement> all = Arrays.asList(frames);
        int end = 0;
        while (end < frames.length && !frames[end].getClassName().equals(JavaHandlerFunction.class.getName())) {
            end++;
        }
        while (end > 0 && isReflection(frames[end - 1].getClassName())) {
            end--;
        }
        return all.subList(0, end);
    }

    private static boolean isReflection(String className) {
        return className.startsWith("jdk.internal.reflect.") || className.equals(Method.class.getName());
    }

    /**
     * {@code value} as the JSON the runtime would read it from: what a caller in front of a function sends, e.g. the
     * gateway's {@code APIGatewayV2HTTPEvent}, written by the same serialisers the handler's side reads with.
     */
    public static byte[] toJson(Object value) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        serializerFor(value.getClass(), value.getClass().getClassLoader()).toJson(value, json);
        return json.toByteArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PojoSerializer<Object> serializerFor(Type type, ClassLoader loader) {
        if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
            return (PojoSerializer) LambdaEventSerializers.serializerFor(eventClass, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    private static boolean isVoid(Type type) {
        return type == void.class || type == Void.class;
    }

    private static int signatureWeight(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        boolean endsWithContext = parameters.length > 0 && parameters[parameters.length - 1] == Context.class;
        return parameters.length + (endsWithContext ? 1 : 0);
    }

    /** The handler signatures the Java runtime accepts; which of event, output stream and context a method takes. */
    private record Signature(boolean inputStream, boolean outputStream, boolean pojoInput, boolean context) {
        static Optional<Signature> of(Method method) {
            List<Class<?>> types = List.of(method.getParameterTypes());
            boolean context = !types.isEmpty() && types.get(types.size() - 1) == Context.class;
            List<Class<?>> rest = context ? types.subList(0, types.size() - 1) : types;
            if (rest.contains(Context.class)) {
                return Optional.empty();
            }
            if (rest.equals(List.of(InputStream.class, OutputStream.class))) {
                return Optional.of(new Signature(true, true, false, context));
            }
            if (rest.size() == 1 && (rest.get(0) == InputStream.class || rest.get(0) == OutputStream.class)) {
                return Optional.of(new Signature(rest.get(0) == InputStream.class, rest.get(0) == OutputStream.class,
                        false, context));
            }
            if (rest.size() > 1 || types.contains(InputStream.class) || types.contains(OutputStream.class)) {
                return Optional.empty();
            }
            return Optional.of(new Signature(false, false, rest.size() == 1, context));
        }

        boolean stream() {
            return inputStream || outputStream;
        }

        Object[] arguments(Object pojo, byte[] event, OutputStream response, Context invocationContext) {
            Object[] arguments = new Object[(inputStream ? 1 : 0) + (outputStream ? 1 : 0) + (pojoInput ? 1 : 0)
                    + (context ? 1 : 0)];
            int next = 0;
            if (inputStream) {
                arguments[next++] = new ByteArrayInputStream(event);
            }
            if (outputStream) {
                arguments[next++] = response;
            }
            if (pojoInput) {
                arguments[next++] = pojo;
            }
            if (context) {
                arguments[next] = invocationContext;
            }
            return arguments;
        }
    }
}
