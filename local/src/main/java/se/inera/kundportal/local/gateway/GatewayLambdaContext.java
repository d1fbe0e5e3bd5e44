package se.inera.kundportal.local.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The {@link Context} of one in-process invocation: its request id, the function, and the time left until its timeout. */
final class GatewayLambdaContext implements Context {
    private static final int MEMORY_LIMIT_MB = 1536;

    private final String requestId;
    private final FunctionDefinition function;
    private final String functionArn;
    private final Clock clock;
    private final Instant deadline;
    private final LambdaLogger logger;

    GatewayLambdaContext(String requestId, FunctionDefinition function, String functionArn, Clock clock, Instant deadline) {
        this.requestId = requestId;
        this.function = function;
        this.functionArn = functionArn;
        this.clock = clock;
        this.deadline = deadline;
        System.Logger log = System.getLogger("lambda." + function.name());
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                log.log(System.Logger.Level.INFO, "{0} {1}", requestId, message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.name();
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + requestId;
    }

    @Override
    public String getFunctionName() {
        return function.name();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return functionArn;
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
        long remaining = Duration.between(clock.instant(), deadline).toMillis();
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
