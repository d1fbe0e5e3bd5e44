package se.inera.kundportal.bench.coldstart.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/**
 * The second yardstick: a {@link RequestStreamHandler} that needs no serialiser, so its cold start is the JVM's own
 * and the probe's (what the 82 ms bare handler measured). {@link BareHandler} adds the Lambda runtime's
 * JSON serialiser, which every handler with a typed event (all API handlers) also goes through.
 */
public final class BareStreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        int length = input.readAllBytes().length;
        output.write(("{\"statusCode\":200,\"body\":\"" + length + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
