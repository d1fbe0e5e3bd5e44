package se.inera.kundportal.local.runtime;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Test only, for the cost figures in docs/performance.md: every AWS request any SDK client of the test JVM makes
 * (DynamoDB, SES, SNS, Step Functions, Cognito), with the function whose handler made it (the first
 * {@code ...functions...Handler} class on the stack; the tests' own clients count as {@code (test)}) and the thread
 * it ran on ({@code gateway-invocation-*} threads are the gateway's, so an API call; the others run Step Functions tasks and
 * schedules). Registered for every client through the SDK's global interceptor list
 * ({@code software/amazon/awssdk/global/handlers/execution.interceptors} in the test resources); it only counts.
 */
public final class AwsRequestCounter implements ExecutionInterceptor {
    /** One request: service, operation, the items it writes or reads (transactions, batches), who made it, where. */
    public record Request(String service, String operation, int items, String handler, String thread) {
        public boolean dynamoDb() {
            return service.equals("DynamoDb");
        }

        public boolean fromApiCall() {
            return thread.startsWith("gateway-invocation-");
        }

        public boolean fromFunction() {
            return !handler.equals(TEST);
        }

        public boolean write() {
            return operation.startsWith("Put") || operation.startsWith("Update") || operation.startsWith("Delete")
                    || operation.equals("TransactWriteItems") || operation.equals("BatchWriteItem");
        }
    }

    static final String TEST = "(test)";
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final StackWalker STACK = StackWalker.getInstance();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String handler = STACK.walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.startsWith("se.inera.kundportal.functions.") && name.endsWith("Handler"))
                .findFirst().map(name -> name.substring(name.lastIndexOf('.') + 1)).orElse(TEST));
        REQUESTS.add(new Request(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), items(context.request()), handler,
                Thread.currentThread().getName()));
    }

    private static int items(SdkRequest request) {
        if (request instanceof TransactWriteItemsRequest transaction) {
            return transaction.transactItems().size();
        }
        if (request instanceof TransactGetItemsRequest transaction) {
            return transaction.transactItems().size();
        }
        if (request instanceof BatchWriteItemRequest batch) {
            return batch.requestItems().values().stream().mapToInt(List::size).sum();
        }
        return 1;
    }

    /** How many requests have been counted so far: a mark for {@link #since(int)}. */
    public static int mark() {
        return REQUESTS.size();
    }

    /** The requests counted after {@code mark}. */
    public static List<Request> since(int mark) {
        // A snapshot first: other threads' calls add requests meanwhile, which a live sub-list would refuse.
        List<Request> all = List.copyOf(REQUESTS);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** {@code service:operation} → count, sorted, e.g. {@code {DynamoDb:GetItem=1, DynamoDb:TransactWriteItems=1}}. */
    public static Map<String, Integer> byOperation(List<Request> requests) {
        Map<String, Integer> counts = new TreeMap<>();
        requests.forEach(request -> counts.merge(request.service() + ":" + request.operation(), 1, Integer::sum));
        return counts;
    }
}
