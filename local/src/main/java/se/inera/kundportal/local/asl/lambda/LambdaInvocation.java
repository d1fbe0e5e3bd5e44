package se.inera.kundportal.local.asl.lambda;

import java.time.Instant;
import se.inera.kundportal.local.asl.time.Scheduler;

/**
 * What one invocation knows besides its payload: which function, its request id, the engine's
 * scheduler (for functions that take time) and the deadline after which the caller gives up.
 */
public record LambdaInvocation(String functionName, String functionArn, String requestId, Scheduler scheduler,
        Instant deadline) {}
