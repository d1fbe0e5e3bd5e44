package se.inera.kundportal.local.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;

import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.runtime.AwsRequestCounter;
import se.inera.kundportal.local.runtime.AwsRequestCounter.Request;

/**
 * The onboarding journey of {@link OnboardingAcceptanceIT} (it runs again here, unchanged), counted for the cost
 * figures in docs/performance.md: the AWS requests of every handler ({@link AwsRequestCounter}; the journey calls
 * the HTTP handlers directly, so they are counted by handler, not by call) and the execution's state transitions and
 * Lambda tasks from the engine's history. Writes {@code local/target/journey-costs/onboarding-journey.md}; asserts
 * only that the counting saw what the journey must have done.
 */
class OnboardingCostIT extends OnboardingAcceptanceIT {
    private static final int FIRST_REQUEST = AwsRequestCounter.mark();

    @AfterEach
    void writeCosts() throws IOException {
        List<Request> requests = AwsRequestCounter.since(FIRST_REQUEST).stream().filter(Request::fromFunction).toList();
        Map<String, List<Request>> byHandler = requests.stream()
                .collect(Collectors.groupingBy(Request::handler, TreeMap::new, Collectors.toList()));
        StringBuilder report = new StringBuilder("## Onboarding journey (OnboardingAcceptanceIT): AWS requests by handler\n\n"
                + "| handler | DynamoDB requests | other AWS requests |\n|---|---|---|\n");
        byHandler.forEach((handler, made) -> report.append(String.format("| %s | %d %s | %s |%n", handler,
                made.stream().filter(Request::dynamoDb).count(),
                AwsRequestCounter.byOperation(made.stream().filter(Request::dynamoDb).toList()),
                AwsRequestCounter.byOperation(made.stream().filter(request -> !request.dynamoDb()).toList()))));
        int transitions = 0;
        int lambdaTasks = 0;
        for (StateMachineDescription machine : harness.engine.listStateMachines()) {
            for (var execution : harness.engine.listExecutions(machine.stateMachineArn(), null)) {
                List<HistoryEvent> history = harness.engine.getExecutionHistory(execution.executionArn());
                int entered = (int) history.stream().filter(event -> event.type().endsWith("StateEntered")).count();
                int scheduled = (int) history.stream().filter(event -> event.type().equals("TaskScheduled")).count();
                transitions += entered;
                lambdaTasks += scheduled;
                report.append(String.format("%nExecution of %s, %s: %d states entered, %d Lambda tasks, %d history events: %s%n",
                        machine.name(), execution.status(), entered, scheduled, history.size(), history.stream()
                                .filter(event -> event.type().endsWith("StateEntered")).map(HistoryEvent::type)
                                .collect(Collectors.groupingBy(type -> type, TreeMap::new, Collectors.counting()))));
            }
        }
        List<Request> dynamo = requests.stream().filter(Request::dynamoDb).toList();
        report.append(String.format("%nTotals: DynamoDB requests %d %s, items written %d; other AWS requests %s%n",
                dynamo.size(), AwsRequestCounter.byOperation(dynamo),
                dynamo.stream().filter(Request::write).mapToInt(Request::items).sum(),
                AwsRequestCounter.byOperation(requests.stream().filter(request -> !request.dynamoDb()).toList())));
        Path file = Path.of("target", "journey-costs", "onboarding-journey.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);

        assertThat(byHandler).as("handlers that made AWS requests").containsKey("SubmitApplicationHandler");
        assertThat(dynamo).as("DynamoDB requests of the journey").isNotEmpty();
        assertThat(transitions).as("state transitions of the onboarding execution").isPositive();
        assertThat(lambdaTasks).as("Lambda tasks of the onboarding execution").isPositive();
    }
}
