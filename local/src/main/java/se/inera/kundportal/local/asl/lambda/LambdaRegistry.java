package se.inera.kundportal.local.asl.lambda;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lambda functions the engine can invoke, by name. A reference is resolved the way Lambda
 * resolves {@code FunctionName}: exactly as registered first, then by the function name inside a
 * full ARN ({@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]}), a partial ARN
 * ({@code ACCOUNT:function:NAME}) or a name with a qualifier ({@code NAME:QUALIFIER}). A Java handler is registered
 * as {@code register(name, JavaHandlerFunction.of(handler))}, the invoker the local gateway uses too.
 */
public final class LambdaRegistry {
    private final Map<String, LambdaFunction> byReference = new ConcurrentHashMap<>();
    private final Map<String, LambdaFunction> byName = new ConcurrentHashMap<>();

    public LambdaRegistry register(String reference, LambdaFunction function) {
        byReference.put(reference, function);
        byName.put(functionName(reference), function);
        return this;
    }

    public Optional<LambdaFunction> find(String reference) {
        LambdaFunction exact = byReference.get(reference);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byName.get(functionName(reference)));
    }

    /** The bare function name inside any accepted form of reference. */
    public static String functionName(String reference) {
        String[] parts = reference.split(":");
        if (parts.length >= 7 && parts[0].equals("arn")) {
            return parts[6];
        }
        if (parts.length >= 3 && parts[1].equals("function")) {
            return parts[2];
        }
        if (parts.length == 2) {
            return parts[0];
        }
        return reference;
    }
}
