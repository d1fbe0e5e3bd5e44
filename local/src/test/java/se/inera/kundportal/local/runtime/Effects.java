package se.inera.kundportal.local.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Everything the local runtime has done, as counts a test can compare: the table's items (read with a test-only
 * Scan, which the portal itself never does), the mails in the SES stand-in, the SMS in the capture, the executions
 * and their history events. {@link #since} turns two states into the {@link Effect} of what happened between them,
 * counted per kind of item and kind of event, so that two runs on different ids can be compared.
 */
final class Effects {
    private final Portal portal;

    Effects(Portal portal) {
        this.portal = portal;
    }

    /** What the runtime holds at one moment. */
    record State(Map<String, Map<String, AttributeValue>> items, int mails, int sms,
                 Map<String, Map<String, Integer>> executionEvents) {
    }

    /**
     * What changed: items added, removed and changed per kind (partition prefix / sort prefix, an audit record also by
     * its action), the sum of version increments per kind, mails and SMS sent, executions started, history events
     * per type (a TaskSucceeded is one workflow woken).
     */
    record Effect(Map<String, Integer> added, Map<String, Integer> removed, Map<String, Integer> changed,
                  Map<String, Long> versionSteps, int mails, int sms, int executionsStarted,
                  Map<String, Integer> events) {
        boolean isNothing() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && mails == 0 && sms == 0
                    && executionsStarted == 0 && events.isEmpty();
        }
    }

    State now() {
        return new State(items(), portal.mailbox.sentMails().size(), portal.smsTo("").size(), executionEvents());
    }

    /**
     * Polls until the runtime is still: the same state on three reads in a row a little apart (no step of a workflow,
     * no mail, no write in between). The bound only keeps a broken build from hanging.
     */
    State settled() {
        State previous = now();
        int still = 0;
        for (int round = 0; round < 150 && still < 3; round++) {
            sleep();
            State current = now();
            still = current.equals(previous) ? still + 1 : 0;
            previous = current;
        }
        if (still < 3) {
            throw new AssertionError("The local runtime did not settle");
        }
        return previous;
    }

    static Effect since(State before, State after) {
        Map<String, Integer> added = new TreeMap<>();
        Map<String, Integer> removed = new TreeMap<>();
        Map<String, Integer> changed = new TreeMap<>();
        Map<String, Long> versionSteps = new TreeMap<>();
        after.items().forEach((key, item) -> {
            Map<String, AttributeValue> old = before.items().get(key);
            if (old == null) {
                added.merge(kind(item), 1, Integer::sum);
            } else if (!old.equals(item)) {
                changed.merge(kind(item), 1, Integer::sum);
                long steps = version(item) - version(old);
                if (steps != 0) {
                    versionSteps.merge(kind(item), steps, Long::sum);
                }
            }
        });
        before.items().forEach((key, item) -> {
            if (!after.items().containsKey(key)) {
                removed.merge(kind(item), 1, Integer::sum);
            }
        });
        Map<String, Integer> events = new TreeMap<>();
        after.executionEvents().forEach((execution, counts) -> counts.forEach((type, count) -> {
            int grew = count - before.executionEvents().getOrDefault(execution, Map.of()).getOrDefault(type, 0);
            if (grew != 0) {
                events.merge(type, grew, Integer::sum);
            }
        }));
        int started = (int) after.executionEvents().keySet().stream()
                .filter(execution -> !before.executionEvents().containsKey(execution)).count();
        return new Effect(added, removed, changed, versionSteps, after.mails() - before.mails(),
                after.sms() - before.sms(), started, events);
    }

    /** The item's kind: the prefixes of its keys, and for an audit record its subject type and action too. */
    static String kind(Map<String, AttributeValue> item) {
        String pk = item.get("PK").s();
        String sk = item.get("SK").s();
        if (pk.startsWith("AUDIT#")) {
            return "AUDIT " + item.get("subjectType").s() + " " + item.get("action").s();
        }
        return prefix(pk) + "/" + prefix(sk);
    }

    private static String prefix(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    private static long version(Map<String, AttributeValue> item) {
        return Optional.ofNullable(item.get("version")).map(value -> Long.parseLong(value.n())).orElse(0L);
    }

    private Map<String, Map<String, AttributeValue>> items() {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        try (DynamoDbClient dynamo = StandInClients.dynamoDb(portal.endpoints.dynamoDb())) {
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = dynamo.scan(request -> request.tableName(LocalRuntime.TABLE_NAME)
                        .consistentRead(true).exclusiveStartKey(from));
                page.items().forEach(item -> items.put(item.get("PK").s() + "|" + item.get("SK").s(), item));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return items;
    }

    /** Every execution's history, as a count of events per type. */
    private Map<String, Map<String, Integer>> executionEvents() {
        Map<String, Map<String, Integer>> executions = new HashMap<>();
        try (SfnClient sfn = LocalRuntimeIT.sfn(portal.endpoints.stepFunctions())) {
            List<ExecutionListItem> all = new ArrayList<>();
            sfn.listStateMachines().stateMachines().forEach(machine -> all.addAll(sfn.listExecutionsPaginator(
                    request -> request.stateMachineArn(machine.stateMachineArn())).executions().stream().toList()));
            for (ExecutionListItem execution : all) {
                Map<String, Integer> counts = new TreeMap<>();
                for (HistoryEvent event : sfn.getExecutionHistoryPaginator(request -> request
                        .executionArn(execution.executionArn())).events()) {
                    counts.merge(event.typeAsString(), 1, Integer::sum);
                }
                executions.put(execution.executionArn(), counts);
            }
        }
        return executions;
    }

    private static void sleep() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
