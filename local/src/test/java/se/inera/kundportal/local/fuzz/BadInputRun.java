package se.inera.kundportal.local.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Sends generated bad requests through the local gateway and holds every answer to the oracle: a 4xx with a JSON
 * error body ({@code message}), or a 2xx the contract documents for that route; never a 5xx, never a stack trace or
 * a Java class name in the body; and a rejected request leaves the table as it was (a full scan before and after —
 * test-only, not a request path). One write is ignored in that comparison, because it is documented to happen on
 * any request: the login binding ({@code LOGIN#<sub>}, docs/data-model.md) that a customer user's first request
 * writes whatever its outcome.
 */
public final class BadInputRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a leaked stack trace or exception looks like. */
    private static final Pattern LEAK = Pattern.compile(
            "(Exception|Throwable|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|\\b(java|javax|jdk|sun|com\\.fasterxml|software\\.amazon|"
                    + "se\\.inera|com\\.amazonaws)\\.[a-z]+\\.)");

    private final RawHttp http;
    private final DynamoDbClient dynamo;
    private final String table;
    private final PrintStream log;

    public BadInputRun(int gatewayPort, DynamoDbClient dynamo, String table, PrintStream log) {
        this.http = new RawHttp(gatewayPort);
        this.dynamo = dynamo;
        this.table = table;
        this.log = log;
    }

    /** The figures of one run, and the first failures in full. */
    public record Result(long seed, int tried, int serverErrors, int partialWrites, int otherFailures,
                         int jdkRejections, Map<Integer, Integer> statuses, List<String> failures) {
        public boolean passed() {
            return serverErrors == 0 && partialWrites == 0 && otherFailures == 0;
        }

        public String summary() {
            return "Bad-input fuzz, seed " + seed + ": " + tried + " requests tried, " + serverErrors + " 5xx, "
                    + partialWrites + " partial writes, " + otherFailures + " other failures (" + jdkRejections
                    + " request targets refused by the JDK HTTP server before the gateway); statuses "
                    + new java.util.TreeMap<>(statuses);
        }
    }

    public Result run(BadRequests requests, long seed, int count) {
        int serverErrors = 0;
        int partialWrites = 0;
        int other = 0;
        int jdkRejections = 0;
        Map<Integer, Integer> statuses = new HashMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, Map<String, AttributeValue>> before = settledDump();
        for (int i = 0; i < count; i++) {
            BadRequest request = requests.next();
            RawHttp.Response response;
            try {
                response = http.send(request);
            } catch (IOException e) {
                if (isUnparsableTarget(request)) {
                    // the JDK server's refusal above, its connection closed while the body was still being sent
                    jdkRejections++;
                    statuses.merge(400, 1, Integer::sum);
                } else {
                    other++;
                    record(failures, seed, request, "no answer: " + e);
                }
                before = settledDump();
                continue;
            }
            statuses.merge(response.status(), 1, Integer::sum);
            if (isJdkServerRejection(response)) {
                if (!isUnparsableTarget(request)) {
                    other++;
                    record(failures, seed, request, "the JDK server refused a target URI accepts");
                }
                jdkRejections++;
            }
            String problem = problemWith(request, response);
            if (response.status() >= 500) {
                serverErrors++;
            } else if (problem != null) {
                other++;
            }
            if (problem != null) {
                record(failures, seed, request, problem + " → " + response.status() + " " + shorten(response.text()));
            }
            if (response.status() >= 400) {
                Map<String, Map<String, AttributeValue>> after = dump();
                documentedWrites(before, after);
                if (!after.equals(before)) {
                    partialWrites++;
                    record(failures, seed, request, "rejected with " + response.status() + " but changed the table: "
                            + difference(before, after));
                    before = settledDump();
                }
            } else {
                before = settledDump();
            }
            if ((i + 1) % 1000 == 0) {
                log.println("… " + (i + 1) + " requests, " + serverErrors + " 5xx, " + partialWrites + " partial writes");
            }
        }
        return new Result(seed, count, serverErrors, partialWrites, other, jdkRejections, statuses, failures);
    }

    /** Takes the writes a rejected request is documented to make (a new login binding) into {@code before}. */
    private static void documentedWrites(Map<String, Map<String, AttributeValue>> before,
                                         Map<String, Map<String, AttributeValue>> after) {
        after.forEach((key, item) -> {
            if (key.startsWith("LOGIN#") && !before.containsKey(key)) {
                before.put(key, item);
            }
        });
    }

    /** Why {@code response} breaks the oracle, or null. */
    static String problemWith(BadRequest request, RawHttp.Response response) {
        int status = response.status();
        String text = response.text();
        if (status >= 500) {
            return "server error";
        }
        if (isJdkServerRejection(response)) {
            return null;
        }
        if (LEAK.matcher(text).find()) {
            return "body shows internals";
        }
        if (status >= 200 && status < 300) {
            return request.operation().documents2xx(status) && request.method().equals(request.operation().method())
                    || request.method().equals("OPTIONS") || request.method().equals("HEAD")
                    ? null : "undocumented " + status;
        }
        if (status >= 400) {
            if (request.method().equals("HEAD")) {
                return null;
            }
            try {
                JsonNode body = JSON.readTree(response.body());
                if (body == null || !body.path("message").isTextual() || body.path("message").asText().isBlank()) {
                    return "4xx without a JSON error message";
                }
            } catch (IOException e) {
                return "4xx body is not JSON";
            }
            return null;
        }
        return "unexpected status";
    }

    /**
     * The JDK's HTTP server refuses a request target that {@link java.net.URI} cannot parse (e.g. {@code /signing/%zz})
     * before any handler runs, with its own HTML 400 naming {@code URISyntaxException}; the local gateway never sees
     * it, and API Gateway answers the same request with its own 400. Counted apart (see docs/reliability.md), not
     * as a failure of the portal.
     */
    static boolean isJdkServerRejection(RawHttp.Response response) {
        return response.status() == 400 && response.text().equals("<h1>400 Bad Request</h1>URISyntaxException thrown");
    }

    /** A request target {@link java.net.URI} refuses, which the JDK server turns away before the gateway. */
    static boolean isUnparsableTarget(BadRequest request) {
        try {
            new java.net.URI(request.target());
            return false;
        } catch (java.net.URISyntaxException e) {
            return true;
        }
    }

    private static void record(List<String> failures, long seed, BadRequest request, String problem) {
        if (failures.size() < 40) {
            failures.add("seed " + seed + " " + request.describe() + "\n    " + problem);
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Dumps until two dumps in a row agree, so a write still settling after a 2xx (a workflow step) is not blamed. */
    private Map<String, Map<String, AttributeValue>> settledDump() {
        Map<String, Map<String, AttributeValue>> previous = dump();
        for (int i = 0; i < 50; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Map<String, Map<String, AttributeValue>> current = dump();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    /** The whole table by key (a consistent scan, test-only). */
    public Map<String, Map<String, AttributeValue>> dump() {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder scan = ScanRequest.builder().tableName(table).consistentRead(true);
            if (start != null) {
                scan.exclusiveStartKey(start);
            }
            ScanResponse page = dynamo.scan(scan.build());
            for (Map<String, AttributeValue> item : page.items()) {
                items.put(key(item), item);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private static String key(Map<String, AttributeValue> item) {
        return Objects.toString(item.get("PK") == null ? null : item.get("PK").s()) + " | "
                + Objects.toString(item.get("SK") == null ? null : item.get("SK").s());
    }

    private static String difference(Map<String, Map<String, AttributeValue>> before,
                                     Map<String, Map<String, AttributeValue>> after) {
        TreeSet<String> changed = new TreeSet<>();
        for (String key : after.keySet()) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add((before.containsKey(key) ? "changed " : "added ") + key);
            }
        }
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                changed.add("removed " + key);
            }
        }
        return changed.toString();
    }
}
