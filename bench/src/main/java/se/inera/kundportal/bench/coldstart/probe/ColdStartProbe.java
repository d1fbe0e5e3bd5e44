package se.inera.kundportal.bench.coldstart.probe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

/**
 * The program a cold-start measurement starts in a fresh JVM, in place of the Lambda Java runtime: it loads the
 * handler class named by {@code _HANDLER}, makes it with its public no-arg constructor (as Lambda does), reads the
 * event file with the runtime's own serialisers ({@code aws-lambda-java-serialization}), calls the handler, writes
 * its answer as JSON and then prints one line {@value #RESPONSE_MARKER}{@code <outcome>}. The benchmark's clock
 * runs from starting the process to reading that line. Only the JDK, the Lambda libraries and the handler's jar are
 * on the class path, so that nothing measured is the benchmark's own.
 *
 * <p>Usage: {@code ColdStartProbe cold <event.json>} or {@code ColdStartProbe primed <first.json> <second.json>}.
 * {@code primed} does what a SnapStart snapshot holds before the first request: if the handler is an
 * {@code org.crac.Resource} it calls {@code beforeCheckpoint} and {@code afterRestore} directly, otherwise it answers
 * the first event; then it times the second event in the same JVM and prints
 * {@value #PRIMED_MARKER}{@code <nanoseconds> <outcome> <how primed>}.
 *
 * <p>The nested marker classes are loaded at phase boundaries only so that {@code -Xlog:class+load} shows where
 * each phase ends.
 */
public final class ColdStartProbe {
    public static final String RESPONSE_MARKER = "COLDSTART-RESPONSE ";
    public static final String PRIMED_MARKER = "COLDSTART-PRIMED ";
    private static final Pattern STATUS_CODE = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private ColdStartProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        String handlerName = System.getenv("_HANDLER");
        if (handlerName == null || arguments.length < 2) {
            System.err.println("usage: _HANDLER=pkg.Class::method ColdStartProbe cold|primed <event.json> [<second.json>]");
            System.exit(2);
        }
        String className = handlerName.contains("::") ? handlerName.substring(0, handlerName.indexOf("::")) : handlerName;
        String methodName = handlerName.contains("::") ? handlerName.substring(handlerName.indexOf("::") + 2) : "handleRequest";
        Class<?> handlerClass = Class.forName(className);
        mark(HandlerLoaded.class);
        Object handler = handlerClass.getConstructor().newInstance();
        mark(HandlerConstructed.class);
        Invoker invoker = new Invoker(handler, methodName);
        if (arguments[0].equals("cold")) {
            String outcome = invoker.answer(Files.readAllBytes(Path.of(arguments[1])));
            mark(FirstResponse.class);
            System.out.println(RESPONSE_MARKER + outcome);
            System.out.flush();
        } else {
            String primedBy;
            if (isCracResource(handlerClass)) {
                primedBy = "beforeCheckpoint";
                cracHook(handler, "beforeCheckpoint");
            } else {
                primedBy = "first-request";
                invoker.answer(Files.readAllBytes(Path.of(arguments[1])));
            }
            mark(Primed.class);
            byte[] second = Files.readAllBytes(Path.of(arguments.length > 2 ? arguments[2] : arguments[1]));
            long begun = System.nanoTime();
            if (primedBy.equals("beforeCheckpoint")) {
                cracHook(handler, "afterRestore");
            }
            String outcome = invoker.answer(second);
            long took = System.nanoTime() - begun;
            mark(FirstResponse.class);
            System.out.println(PRIMED_MARKER + took + " " + outcome + " " + primedBy);
            System.out.flush();
        }
        // SDK clients may keep non-daemon threads; Lambda would freeze the environment here.
        System.exit(0);
    }

    private static boolean isCracResource(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                if (implemented.getName().equals("org.crac.Resource")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void cracHook(Object handler, String name) throws Exception {
        Method hook = Arrays.stream(handler.getClass().getMethods())
                .filter(method -> method.getName().equals(name) && method.getParameterCount() == 1)
                .findFirst().orElseThrow();
        try {
            hook.invoke(handler, new Object[] {null});
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The class literal at the call site loads the class, which is the mark; nothing else happens. */
    private static void mark(Class<?> phase) {
        assert phase != null;
    }

    /** Calls the handler method as the runtime does: streams raw, anything else through its serialisers. */
    private static final class Invoker {
        private final Object handler;
        private final Method method;
        private final boolean stream;
        private final PojoSerializer<Object> input;
        private final PojoSerializer<Object> output;

        Invoker(Object handler, String methodName) {
            this.handler = handler;
            this.method = Arrays.stream(handler.getClass().getMethods())
                    .filter(m -> m.getName().equals(methodName) && !m.isBridge())
                    .filter(m -> m.getParameterCount() == 2 || m.getParameterCount() == 3)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + methodName + " on " + handler.getClass()));
            this.stream = method.getParameterCount() == 3 && method.getParameterTypes()[0] == InputStream.class;
            ClassLoader loader = handler.getClass().getClassLoader();
            this.input = stream ? null : serializerFor(method.getGenericParameterTypes()[0], loader);
            this.output = stream ? null : serializerFor(method.getGenericReturnType(), loader);
        }

        /** The handler's answer to {@code event}, as an outcome word: the HTTP status, {@code ok} or the error's class. */
        String answer(byte[] event) {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            try {
                if (stream) {
                    method.invoke(handler, new ByteArrayInputStream(event), response, new ProbeContext());
                } else {
                    Object result = method.invoke(handler, input.fromJson(new ByteArrayInputStream(event)), new ProbeContext());
                    output.toJson(result, response);
                }
            } catch (InvocationTargetException e) {
                return "error:" + e.getCause().getClass().getSimpleName();
            } catch (IllegalAccessException | RuntimeException e) {
                return "error:" + e.getClass().getSimpleName();
            }
            Matcher status = STATUS_CODE.matcher(response.toString(StandardCharsets.UTF_8));
            return status.find() ? status.group(1) : "ok";
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static PojoSerializer<Object> serializerFor(Type type, ClassLoader loader) {
            if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
                return (PojoSerializer) LambdaEventSerializers.serializerFor(eventClass, loader);
            }
            return JacksonFactory.getInstance().getSerializer(type);
        }
    }

    /** What the runtime passes; only the names Lambda sets in the environment. */
    private static final class ProbeContext implements Context {
        @Override public String getAwsRequestId() { return "00000000-0000-0000-0000-000000000001"; }
        @Override public String getLogGroupName() { return "/aws/lambda/" + getFunctionName(); }
        @Override public String getLogStreamName() { return "coldstart"; }
        @Override public String getFunctionName() { return System.getenv("AWS_LAMBDA_FUNCTION_NAME"); }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:" + System.getenv("AWS_REGION") + ":123456789012:function:" + getFunctionName(); }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 30_000; }
        @Override public int getMemoryLimitInMB() { return Integer.parseInt(System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1536")); }
        @Override public LambdaLogger getLogger() { return new ProbeLogger(); }
    }

    private static final class ProbeLogger implements LambdaLogger {
        @Override public void log(String message) { System.err.print(message); }
        @Override public void log(byte[] message) { System.err.write(message, 0, message.length); }
    }

    /** Phase marks for the class-load log. */
    static final class HandlerLoaded { }
    static final class HandlerConstructed { }
    static final class Primed { }
    static final class FirstResponse { }
}
