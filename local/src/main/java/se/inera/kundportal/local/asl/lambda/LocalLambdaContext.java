package se.inera.kundportal.local.asl.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The {@link Context} a Java handler receives when it is invoked in-process, by the engine or by the local gateway:
 * its request id, the function, the time left until its deadline and a logger that tags lines with the request id.
 */
public final class LocalLambdaContext implements Context {
    private static final int ENGINE_MEMORY_LIMIT_MB = 512;

    private final String requestId;
    private final String functionName;
    private final String functionArn;
    private final Supplier<Instant> now;
    private final Instant deadline;
    private final int memoryLimitMb;
    private final LambdaLogger logger;

    /** A function the engine invokes: time comes from the engine's scheduler, which may be virtual. */
    LocalLambdaContext(LambdaInvocation invocation) {
        this(invocation.requestId(), invocation.functionName(), invocation.functionArn(), invocation.scheduler()::now,
                invocation.deadline(), ENGINE_MEMORY_LIMIT_MB);
    }

    /** A function invoked outside the engine (the local gateway): time comes from {@code clock}. */
    public LocalLambdaContext(String requestId, String functionName, String functionArn, Clock clock, Instant deadline,
            int memoryLimitMb) {
        this(requestId, functionName, functionArn, clock::instant, deadline, memoryLimitMb);
    }

    private LocalLambdaContext(String requestId, String functionName, String functionArn, Supplier<Instant> now,
            Instant deadline, int memoryLimitMb) {
        this.requestId = requestId;
        this.functionName = functionName;
        this.functionArn = functionArn;
        this.now = now;
        this.deadline = deadline;
        this.memoryLimitMb = memoryLimitMb;
        System.Logger log = System.getLogger("lambda." + functionName);
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
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + requestId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
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
        long remaining = Duration.between(now.get(), deadline).toMillis();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryLimitMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
