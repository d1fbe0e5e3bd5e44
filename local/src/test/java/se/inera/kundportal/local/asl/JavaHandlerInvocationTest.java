package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;

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
        support.lambdas.register("PlaceOrder", new ReceiptHandler(), Json.MAPPER);

        String execution = support.run(INVOKE, "{\"orderId\": 7, \"careUnit\": \"SE2321000016-15CQ\"}");

        JsonNode receipt = Json.parse(support.describe(execution).output());
        assertThat(receipt.path("orderId").asLong()).isEqualTo(7);
        assertThat(receipt.path("handledBy").asText()).isEqualTo("PlaceOrder/36");
        assertThat(receipt.path("remainingMillis").asInt()).isEqualTo(30_000);
    }

    @Test
    void anExceptionFailsTheTaskWithItsClassNameAndTheJavaRuntimeErrorDocument() {
        support.lambdas.register("PlaceOrder", new ReceiptHandler(), Json.MAPPER);

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
        support.lambdas.register("Echo", shout, Json.MAPPER);

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
}
