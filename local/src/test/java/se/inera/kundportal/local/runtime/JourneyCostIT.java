package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;

import se.inera.kundportal.local.runtime.AwsRequestCounter.Request;
import se.inera.kundportal.local.runtime.Portal.Call;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The routine order journey of {@link RoutineJourneyIT} (it runs again here, unchanged), counted for the cost figures
 * in docs/performance.md: every API call with the AWS requests its handler made ({@link AwsRequestCounter}), the
 * Step Functions tasks' requests, and the order execution's state transitions and Lambda tasks from the engine's
 * history. Writes {@code local/target/journey-costs/order-journey.md}; asserts only that the counting saw what the
 * journey must have done, so that a broken count fails rather than reporting zeros.
 */
class JourneyCostIT extends RoutineJourneyIT {
    private static final int FIRST_REQUEST = AwsRequestCounter.mark();

    @AfterAll
    static void writeCosts() throws IOException {
        List<Request> all = AwsRequestCounter.since(FIRST_REQUEST).stream().filter(Request::fromFunction).toList();
        List<Call> calls = List.copyOf(portal.calls);
        StringBuilder report = new StringBuilder("## API calls of the routine order journey (RoutineJourneyIT)\n\n"
                + "| # | call | answer | DynamoDB requests | of them writes (items) | other AWS requests | > 2 DynamoDB? | took locally |\n"
                + "|---:|---|---:|---:|---|---|---|---:|\n");
        int number = 0;
        for (Call call : calls) {
            List<Request> dynamo = call.awsRequests().stream().filter(Request::dynamoDb).toList();
            List<Request> other = call.awsRequests().stream().filter(request -> !request.dynamoDb()).toList();
            report.append(String.format(Locale.ROOT, "| %d | `%s %s` | %d | %d %s | %s | %s | %s | %.0f ms |%n", ++number,
                    call.method(), route(call.path()), call.status(), dynamo.size(), AwsRequestCounter.byOperation(dynamo),
                    dynamo.stream().filter(Request::write).mapToInt(Request::items).sum(), AwsRequestCounter.byOperation(other),
                    dynamo.size() > 2 ? "**yes**" : "no", call.millis()));
        }
        List<Request> tasks = all.stream().filter(request -> !request.fromApiCall()).toList();
        report.append("\n## Step Functions tasks and schedules of the journey\n\n| handler | AWS requests |\n|---|---|\n");
        tasks.stream().collect(Collectors.groupingBy(Request::handler, java.util.TreeMap::new, Collectors.toList()))
                .forEach((handler, requests) -> report.append("| ").append(handler).append(" | ")
                        .append(AwsRequestCounter.byOperation(requests)).append(" |\n"));

        List<String> executions = new ArrayList<>();
        int transitions = 0;
        int lambdaTasks = 0;
        try (SfnClient sfn = LocalRuntimeIT.sfn(portal.endpoints.stepFunctions())) {
            for (var machine : sfn.listStateMachines().stateMachines()) {
                for (var execution : sfn.listExecutions(request -> request.stateMachineArn(machine.stateMachineArn())).executions()) {
                    List<HistoryEvent> history = sfn.getExecutionHistoryPaginator(request -> request
                            .executionArn(execution.executionArn())).events().stream().toList();
                    int entered = (int) history.stream().filter(event -> event.typeAsString().endsWith("StateEntered")).count();
                    int scheduled = (int) history.stream().filter(event -> event.typeAsString().equals("TaskScheduled")).count();
                    transitions += entered;
                    lambdaTasks += scheduled;
                    executions.add(machine.name() + " " + execution.status() + ": " + entered + " states entered, "
                            + scheduled + " Lambda tasks, " + history.size() + " history events");
                }
            }
        }
        List<Request> dynamoAll = all.stream().filter(Request::dynamoDb).toList();
        report.append(String.format(Locale.ROOT, "%n## Totals%n%n- API calls: %d (of them > 2 DynamoDB requests: %d)%n"
                        + "- executions: %s%n- state transitions (states entered): %d; Lambda tasks: %d%n"
                        + "- DynamoDB requests by functions: %d, %s; items written: %d%n- other AWS requests by functions: %s%n",
                calls.size(), calls.stream().filter(call -> call.awsRequests().stream().filter(Request::dynamoDb).count() > 2).count(),
                executions, transitions, lambdaTasks, dynamoAll.size(), AwsRequestCounter.byOperation(dynamoAll),
                dynamoAll.stream().filter(Request::write).mapToInt(Request::items).sum(),
                AwsRequestCounter.byOperation(all.stream().filter(request -> !request.dynamoDb()).toList())));
        Path file = Path.of("target", "journey-costs", "order-journey.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);

        assertThat(calls).as("the journey's API calls").hasSizeGreaterThan(5);
        assertThat(calls).as("API calls whose handler read or wrote the table")
                .anyMatch(call -> call.awsRequests().stream().anyMatch(Request::dynamoDb));
        assertThat(tasks).as("Step Functions tasks' AWS requests").anyMatch(Request::dynamoDb);
        assertThat(transitions).as("state transitions of the order execution").isPositive();
        assertThat(lambdaTasks).as("Lambda tasks of the order execution").isPositive();
    }

    /** The path with its ids (organisation numbers, order ids, link secrets) as placeholders. */
    static String route(String path) {
        return path.replaceAll("/organisations/[^/]+", "/organisations/{orgId}")
                .replaceAll("/orders/(?!quote)[^/]+", "/orders/{orderId}")
                .replaceAll("/attestation/[^/]+", "/attestation/{link}")
                .replaceAll("/users/[^/]+", "/users/{userId}");
    }
}
