package se.inera.kundportal.local.sfn;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.UUID;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.StateMachineCatalog;
import se.inera.kundportal.local.asl.durable.DurableEngine;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;
import se.inera.kundportal.local.asl.lambda.LambdaFunction;

/**
 * The AWS Step Functions API over HTTP, as the AWS SDKs speak it (AWS JSON 1.0): {@code POST /}
 * with {@code X-Amz-Target: AWSStepFunctions.<Operation>} and a JSON body; answers are JSON with
 * {@code Content-Type: application/x-amz-json-1.0}, refusals {@code {"__type": ..., "message": ...}}
 * with the code also in {@code x-amzn-ErrorType}, so an {@code SfnClient} raises its typed exception.
 *
 * <p>An {@link HttpHandler}, so a runtime can mount it on a server it already runs; {@link #start}
 * runs it on a server of its own. The state machines run in the {@link AslEngine} given.
 */
public final class StepFunctionsApi implements HttpHandler {
    /** Large enough for the largest definition AWS accepts (1 MiB of characters) with JSON escaping. */
    static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    private static final long MAX_DISCARDED_BYTES = 4L * MAX_REQUEST_BYTES;
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final System.Logger LOG = System.getLogger(StepFunctionsApi.class.getName());

    private final AslEngine engine;
    private final StepFunctionsOperations operations;

    public StepFunctionsApi(AslEngine engine) {
        this(engine, engine);
    }

    /** An API whose state machines and executions survive a restart: machines are saved as they change. */
    public StepFunctionsApi(DurableEngine durable) {
        this(durable.engine(), durable);
    }

    public StepFunctionsApi(AslEngine engine, StateMachineCatalog catalog) {
        this.engine = Objects.requireNonNull(engine);
        this.operations = new StepFunctionsOperations(engine, Objects.requireNonNull(catalog));
    }

    /** Serves this API on {@code port} of all interfaces (0 for any free port) until the server is closed. */
    public StepFunctionsServer start(int port) throws IOException {
        return StepFunctionsServer.start(this, port);
    }

    public AslEngine engine() {
        return engine;
    }

    /**
     * Makes a Java Lambda handler callable from the state machines under {@code functionArn} (or a
     * plain function name): {@code arn:aws:states:::lambda:invoke[.waitForTaskToken]} with that
     * {@code FunctionName}, or the ARN itself as {@code Resource}.
     */
    public StepFunctionsApi registerHandler(String functionArn, RequestHandler<?, ?> handler) {
        engine.lambdas().register(functionArn, JavaHandlerFunction.of(handler));
        return this;
    }

    public StepFunctionsApi registerStreamHandler(String functionArn, RequestStreamHandler handler) {
        engine.lambdas().register(functionArn, JavaHandlerFunction.of(handler));
        return this;
    }

    /** A function given as bytes in, bytes out (e.g. one that answers later, on the engine's scheduler). */
    public StepFunctionsApi registerFunction(String functionArn, LambdaFunction function) {
        engine.lambdas().register(functionArn, function);
        return this;
    }

    /** The ARN a function called {@code functionName} has in this engine's region and account. */
    public String functionArn(String functionName) {
        return "arn:aws:lambda:" + engine.region() + ":" + engine.accountId() + ":function:" + functionName;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        try (exchange) {
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            ObjectNode response;
            try {
                response = answer(exchange);
            } catch (SfnApiException refused) {
                sendError(exchange, refused);
                return;
            } catch (RuntimeException | Error unexpected) {
                // The client learns only that it failed (rather than a dropped connection); the detail goes to
                // the log, never into the response.
                LOG.log(Level.ERROR, "Step Functions request " + requestId + " failed", unexpected);
                sendError(exchange, new SfnApiException("InternalFailure", 500,
                        "The local Step Functions API failed; request id " + requestId));
                return;
            }
            send(exchange, 200, response);
        }
    }

    private ObjectNode answer(HttpExchange exchange) throws IOException {
        // The body first, whatever the outcome: a refusal sent over an unread body can be lost to a connection reset.
        byte[] body = readBody(exchange);
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new SfnApiException("UnknownOperationException", 405,
                    "The Step Functions API takes POST requests, not " + exchange.getRequestMethod());
        }
        String mountedAt = exchange.getHttpContext().getPath();
        if (!withoutTrailingSlash(exchange.getRequestURI().getPath()).equals(withoutTrailingSlash(mountedAt))) {
            throw new SfnApiException("UnknownOperationException", 404,
                    "The Step Functions API answers on " + mountedAt + ", not " + exchange.getRequestURI().getPath());
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw new SfnApiException("UnknownOperationException",
                    "X-Amz-Target must name an operation as AWSStepFunctions.<Operation>");
        }
        return operations.invoke(target.substring(TARGET_PREFIX.length()), new ApiRequest(parseBody(body)));
    }

    private static String withoutTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            if (declaredLength(exchange) > MAX_REQUEST_BYTES) {
                discard(in);
                throw tooLarge();
            }
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                if (body.size() + read > MAX_REQUEST_BYTES) {
                    discard(in);
                    throw tooLarge();
                }
                body.write(buffer, 0, read);
            }
        }
        return body.toByteArray();
    }

    private static long declaredLength(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared == null || declared.isEmpty() || declared.length() > 18 || !declared.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(declared);
    }

    /**
     * Reads and drops what is left of a refused body, up to a bound: closing a connection with unread
     * request bytes resets it, and the client would lose the error response. Beyond the bound the
     * client is not worth the bandwidth and gets the reset.
     */
    private static void discard(InputStream in) throws IOException {
        // read(), not skip(): the JDK's fixed-length request stream inherits skip() unbounded from
        // FilterInputStream, which would read past the body and wait for bytes that never come.
        byte[] buffer = new byte[16 * 1024];
        long left = MAX_DISCARDED_BYTES;
        for (int read = in.read(buffer); read != -1 && left > 0; read = in.read(buffer)) {
            left -= read;
        }
    }

    private static SfnApiException tooLarge() {
        return new SfnApiException("ValidationException", 413,
                "Request body is larger than " + MAX_REQUEST_BYTES + " bytes");
    }

    private static ObjectNode parseBody(byte[] body) {
        if (body.length == 0) {
            return Json.object();
        }
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw SfnApiException.serialization("Request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw SfnApiException.serialization("Request body could not be read as JSON");
        }
        if (parsed == null || parsed.isMissingNode()) {
            return Json.object();
        }
        if (!(parsed instanceof ObjectNode object)) {
            throw SfnApiException.serialization("Request body must be a JSON object, got " + parsed.getNodeType());
        }
        return object;
    }

    private static void sendError(HttpExchange exchange, SfnApiException error) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", error.type());
        ObjectNode body = Json.object();
        body.put("__type", error.type());
        body.put("message", error.getMessage());
        send(exchange, error.httpStatus(), body);
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
