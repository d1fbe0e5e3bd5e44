package se.inera.kundportal.local.asl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaFunction;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;

/**
 * The corpus's Lambda behaviour catalogue (its README, section 4) as local functions. They
 * mimic the Python functions AWS ran: responses are serialised the way Python's
 * {@code json.dumps} does, errors carry the Python runtime's error document.
 */
final class CorpusLambdas {
    private static final int LARGE_OUTPUT_BYTES = 257 * 1024;

    private CorpusLambdas() {}

    static LambdaFunction behaviour(String name) {
        return switch (name) {
            case "identity" -> (request, invocation) -> CompletableFuture.completedFuture(pythonDumps(request));
            case "raise_exception" -> (request, invocation) -> CompletableFuture.failedFuture(new LambdaFunctionException(
                    "Exception", "{\"errorMessage\":\"Some exception was raised.\",\"errorType\":\"Exception\",\"requestId\":\""
                            + invocation.requestId() + "\",\"stackTrace\":[\"  File \\\"/var/task/handler.py\\\", line 2, "
                            + "in handler\\n    raise Exception(\\\"Some exception was raised.\\\")\\n\"]}"));
            case "return_bytes_str" -> (request, invocation) ->
                    CompletableFuture.completedFuture("\"HelloWorld!\"".getBytes(StandardCharsets.UTF_8));
            case "large_output_string" -> (request, invocation) -> {
                byte[] body = new byte[LARGE_OUTPUT_BYTES];
                Arrays.fill(body, (byte) 'a');
                return CompletableFuture.completedFuture(body);
            };
            case "wait_60_seconds" -> (request, invocation) -> {
                CompletableFuture<byte[]> response = new CompletableFuture<>();
                invocation.scheduler().schedule(Duration.ofSeconds(60), () -> response.complete(pythonDumps(request)));
                return response;
            };
            default -> throw new IllegalArgumentException("unknown Lambda behaviour " + name);
        };
    }

    /** The event as the Python runtime returns it: parsed, then {@code json.dumps} with default separators. */
    private static byte[] pythonDumps(byte[] request) {
        JsonNode event = Json.parse(new String(request, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        write(event, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.append(first ? "" : ", ");
                first = false;
                string(field.getKey(), out);
                out.append(": ");
                write(field.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else {
            out.append(Json.write(node));
        }
    }

    /** Python's default {@code ensure_ascii}: every non-ASCII character as a {@code \\uXXXX} escape. */
    private static void string(String text, StringBuilder out) {
        String json = Json.write(Json.MAPPER.getNodeFactory().textNode(text));
        for (char c : json.toCharArray()) {
            if (c > 127) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
    }
}
