package se.inera.kundportal.local.asl.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The {@link Context} a Java handler receives when the engine invokes it in-process. */
final class LocalLambdaContext implements Context {
    private static final int MEMORY_LIMIT_MB = 512;
    private final LambdaInvocation invocation;
    private final LambdaLogger logger;

    LocalLambdaContext(LambdaInvocation invocation) {
        this.invocation = invocation;
        System.Logger delegate = System.getLogger("lambda." + invocation.functionName());
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                delegate.log(System.Logger.Level.INFO, message);
            }

            @Override
            public void log(byte[] message) {
                delegate.log(System.Logger.Level.INFO, new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return invocation.requestId();
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + invocation.functionName();
    }

    @Override
    public String getLogStreamName() {
        return "local/" + invocation.requestId();
    }

    @Override
    public String getFunctionName() {
        return invocation.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return invocation.functionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        long remaining = Duration.between(invocation.scheduler().now(), invocation.deadline()).toMillis();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
    }

    @Override
    public int getMemoryLimitInMB() {
        return MEMORY_LIMIT_MB;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
