package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;
import se.inera.kundportal.local.asl.lambda.LocalLambdaContext;

class JavaHandlerInvocationTest {
    record Order(long orderId, String careUnit) {}

    record Receipt(long orderId, String handledBy, int remainingMillis) {}

    /** A named domain exception, as Kundportal's handlers throw them for ASL to catch. */
    static final class OrderRejectedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OrderRejectedException(String message) {
            super(message);
        }
    }

    static final class ReceiptHandler implements RequestHandler<Order, Receipt> {
        @Override
        public Receipt handleRequest(Order order, Context context) {
            if (order.careUnit() == null) {
                throw new OrderRejectedException("order " + order.orderId() + " has no care unit");
            }
            return new Receipt(order.orderId(), context.getFunctionName() + "/" + context.getAwsRequestId().length(),
                    context.getRemainingTimeInMillis());
        }
    }

    private final EngineTestSupport support = new EngineTestSupport();

    private static final String INVOKE = """
            {"StartAt": "Place Order", "States": {"Place Order": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "arn:aws:lambda:us-east-1:111111111111:function:PlaceOrder:$LATEST", "Payload.$": "$"},
              "TimeoutSeconds": 30, "OutputPath": "$.Payload", "End": true}}}
            """;

    @Test
    void deserialisesTheRecordInputAndGivesTheHandlerARealContext() {
        support.lambdas.register("PlaceOrder", JavaHandlerFunction.of(new ReceiptHandler()));

        String execution = support.run(INVOKE, "{\"orderId\": 7, \"careUnit\": \"SE2321000016-15CQ\"}");

        JsonNode receipt = Json.parse(support.describe(execution).output());
        assertThat(receipt.path("orderId").asLong()).isEqualTo(7);
        assertThat(receipt.path("handledBy").asText()).isEqualTo("PlaceOrder/36");
        assertThat(receipt.path("remainingMillis").asInt()).isEqualTo(30_000);
    }

    @Test
    void anExceptionFailsTheTaskWithItsClassNameAndTheJavaRuntimeErrorDocument() {
        support.lambdas.register("PlaceOrder", JavaHandlerFunction.of(new ReceiptHandler()));

        String execution = support.run(INVOKE, "{\"orderId\": 7}");

        ExecutionDescription failed = support.describe(execution);
        assertThat(failed.error()).isEqualTo(OrderRejectedException.class.getName());
        JsonNode cause = Json.parse(failed.cause());
        assertThat(cause.path("errorMessage").asText()).isEqualTo("order 7 has no care unit");
        assertThat(cause.path("errorType").asText()).isEqualTo(OrderRejectedException.class.getName());
        assertThat(cause.path("stackTrace").isArray()).isTrue();
        assertThat(cause.path("stackTrace").get(0).asText()).contains("ReceiptHandler.handleRequest");
    }

    @Test
    void streamHandlersReceiveTheRawPayloadAndAnUnknownFunctionIsResourceNotFound() {
        RequestStreamHandler shout = (InputStream in, OutputStream out, Context context) -> {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            out.write(Json.write(Json.MAPPER.valueToTree(Map.of("echo", text))).getBytes(StandardCharsets.UTF_8));
        };
        support.lambdas.register("Echo", JavaHandlerFunction.of(shout));

        String echoed = support.run("""
                {"StartAt": "Echo", "States": {"Echo": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "Echo", "Payload": "raw text"}, "OutputPath": "$.Payload", "End": true}}}
                """, "{}");
        String missing = support.run("""
                {"StartAt": "Missing", "States": {"Missing": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "NoSuchFunction"}, "End": true}}}
                """, "{}");

        assertThat(Json.parse(support.describe(echoed).output()).path("echo").asText()).isEqualTo("raw text");
        ExecutionDescription notFound = support.describe(missing);
        assertThat(notFound.error()).isEqualTo("Lambda.ResourceNotFoundException");
        assertThat(notFound.cause()).startsWith(
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:NoSuchFunction:$LATEST (Service: AWSLambda;");
    }

    /** A handler named by method, as {@code Handler: pkg.Class::method} may: the runtime's signatures apply. */
    public static final class Greeter {
        final List<String> notes = new ArrayList<>();

        public String greet(Order order) {
            return "hej " + order.careUnit();
        }

        public void note(Order order, Context context) {
            notes.add(order.careUnit() + "@" + context.getFunctionName());
        }
    }

    @Test
    void aNamedMethodGetsItsParameterTypeAndAVoidMethodAnswersNull() {
        Greeter greeter = new Greeter();
        byte[] order = "{\"orderId\": 7, \"careUnit\": \"Vårdcentralen\"}".getBytes(StandardCharsets.UTF_8);

        byte[] greeting = JavaHandlerFunction.of(greeter, "greet").invoke(order, context());
        byte[] noted = JavaHandlerFunction.of(greeter, "note").invoke(order, context());

        assertThat(new String(greeting, StandardCharsets.UTF_8)).isEqualTo("\"hej Vårdcentralen\"");
        assertThat(new String(noted, StandardCharsets.UTF_8)).isEqualTo("null");
        assertThat(greeter.notes).containsExactly("Vårdcentralen@PlaceOrder");
    }

    @Test
    void anEventTheInputTypeCannotHoldFailsAsTheRuntimeReportsIt() {
        JavaHandlerFunction function = JavaHandlerFunction.of(new ReceiptHandler());

        assertThatThrownBy(() -> function.invoke("[1, 2]".getBytes(StandardCharsets.UTF_8), context()))
                .isInstanceOfSatisfying(LambdaFunctionException.class, error -> {
                    assertThat(error.errorType()).isEqualTo("java.lang.RuntimeException");
                    assertThat(Json.parse(error.errorPayload()).path("errorMessage").asText())
                            .isEqualTo("An error occurred during JSON parsing");
                });
    }

    private static LocalLambdaContext context() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new LocalLambdaContext("request-1", "PlaceOrder", "arn:aws:lambda:eu-north-1:111111111111:function:PlaceOrder",
                Clock.fixed(now, ZoneOffset.UTC), now.plusSeconds(3), 512);
    }
}
