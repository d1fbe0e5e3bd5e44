package se.inera.kundportal.local.asl.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a Java Lambda handler in-process, the way the AWS Java runtime would: the request bytes are
 * deserialised to the handler's input type, the result serialised back, and an exception becomes
 * an error whose type is the exception's fully qualified class name and whose payload is
 * {@code {"errorMessage":...,"errorType":...,"stackTrace":[...]}}.
 */
public final class JavaHandlerFunction implements LambdaFunction {
    private final Object handler;
    private final ObjectMapper mapper;
    private final JavaType inputType;

    private JavaHandlerFunction(Object handler, ObjectMapper mapper, JavaType inputType) {
        this.handler = handler;
        this.mapper = mapper;
        this.inputType = inputType;
    }

    public static JavaHandlerFunction of(RequestHandler<?, ?> handler, ObjectMapper mapper) {
        return new JavaHandlerFunction(handler, mapper, mapper.getTypeFactory().constructType(inputTypeOf(handler.getClass())));
    }

    public static JavaHandlerFunction of(RequestStreamHandler handler, ObjectMapper mapper) {
        return new JavaHandlerFunction(handler, mapper, null);
    }

    @Override
    public CompletableFuture<byte[]> invoke(byte[] request, LambdaInvocation invocation) {
        LocalLambdaContext context = new LocalLambdaContext(invocation);
        try {
            return CompletableFuture.completedFuture(call(request, context));
        } catch (Exception | Error e) {
            return CompletableFuture.failedFuture(asFunctionError(e));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] call(byte[] request, LocalLambdaContext context) throws IOException {
        if (handler instanceof RequestStreamHandler streamHandler) {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            streamHandler.handleRequest(new ByteArrayInputStream(request), response, context);
            return response.toByteArray();
        }
        Object input;
        try {
            input = mapper.readValue(request, inputType);
        } catch (IOException e) {
            // The Java runtime reports an event it cannot deserialise this way (errorType java.lang.RuntimeException).
            throw new RuntimeException("An error occurred during JSON parsing", new UncheckedIOException(e));
        }
        Object output = ((RequestHandler) handler).handleRequest(input, context);
        return mapper.writeValueAsBytes(output);
    }

    /** The error document the AWS Java runtime reports for an uncaught exception. */
    public LambdaFunctionException asFunctionError(Throwable error) {
        return new LambdaFunctionException(error.getClass().getName(), errorDocument(error).toString());
    }

    private ObjectNode errorDocument(Throwable error) {
        ObjectNode document = mapper.createObjectNode();
        document.put("errorMessage", error.getMessage());
        document.put("errorType", error.getClass().getName());
        ArrayNode stackTrace = document.putArray("stackTrace");
        for (StackTraceElement element : error.getStackTrace()) {
            stackTrace.add(element.toString());
        }
        if (error.getCause() != null && error.getCause() != error) {
            document.set("cause", errorDocument(error.getCause()));
        }
        return document;
    }

    /** The {@code I} of {@code RequestHandler<I, O>}, found on the handler's class or its superclasses. */
    static Type inputTypeOf(Class<?> handlerClass) {
        for (Class<?> type = handlerClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return parameterized.getActualTypeArguments()[0];
                }
            }
        }
        // A lambda or raw implementation: fall back to the declared parameter of handleRequest.
        for (Method method : handlerClass.getMethods()) {
            if (method.getName().equals("handleRequest") && method.getParameterCount() == 2 && !method.isBridge()) {
                return method.getGenericParameterTypes()[0];
            }
        }
        return Object.class;
    }
}
