package se.inera.kundportal.local.asl.lambda;

import java.util.concurrent.CompletableFuture;

/**
 * A Lambda function as the engine sees it: request bytes in, response bytes out. The future fails
 * with {@link LambdaFunctionException} when the function raises an error. Functions that take
 * time should complete the future later (on the invocation's scheduler) instead of blocking.
 */
@FunctionalInterface
public interface LambdaFunction {
    CompletableFuture<byte[]> invoke(byte[] request, LambdaInvocation invocation);
}
