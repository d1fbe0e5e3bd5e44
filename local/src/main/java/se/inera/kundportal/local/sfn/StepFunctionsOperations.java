package se.inera.kundportal.local.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.inera.kundportal.local.asl.AslApiException;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.StateMachineCatalog;
import se.inera.kundportal.local.asl.ExecutionDescription;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.sfn.PageToken.Page;

/**
 * The Step Functions operations on top of {@link AslEngine}: JSON input in AWS's member names,
 * JSON output shaped as AWS returns it (timestamps as epoch seconds with milliseconds). Member
 * limits follow the Step Functions API reference.
 */
final class StepFunctionsOperations {
    static final int MAX_DEFINITION_LENGTH = 1_048_576;
    static final int MAX_DATA_LENGTH = 262_144;
    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_ARN_LENGTH = 2048;
    private static final int MAX_TOKEN_LENGTH = 2048;
    private static final int MAX_ERROR_LENGTH = 256;
    private static final int MAX_CAUSE_LENGTH = 32_768;
    private static final int MAX_PAGE_TOKEN_LENGTH = 1024;
    private static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_PAGE_SIZE = 1000;
    private static final String STANDARD = "STANDARD";
    private static final Set<String> STATUS_FILTERS =
            Set.of("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE");
    private static final Pattern STATES_ARN = Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:.+");
    private static final Pattern STATE_MACHINE_ARN =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:stateMachine:[^:]+");
    private static final Pattern EXECUTION_ARN =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:execution:[^:]+:[^:]+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");
    /** Members of history event details that carry execution data (left out when includeExecutionData is false). */
    private static final List<String> EXECUTION_DATA_MEMBERS =
            List.of("input", "inputDetails", "output", "outputDetails", "parameters");

    private final AslEngine engine;
    private final StateMachineCatalog catalog;

    StepFunctionsOperations(AslEngine engine, StateMachineCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    /** Runs {@code operation} (the part of {@code X-Amz-Target} after {@code AWSStepFunctions.}). */
    ObjectNode invoke(String operation, ApiRequest request) {
        try {
            return switch (operation) {
                case "CreateStateMachine" -> createStateMachine(request);
                case "DescribeStateMachine" -> describeStateMachine(request);
                case "ListStateMachines" -> listStateMachines(request);
                case "UpdateStateMachine" -> updateStateMachine(request);
                case "DeleteStateMachine" -> deleteStateMachine(request);
                case "StartExecution" -> startExecution(request);
                case "DescribeExecution" -> describeExecution(request);
                case "GetExecutionHistory" -> getExecutionHistory(request);
                case "ListExecutions" -> listExecutions(request);
                case "StopExecution" -> stopExecution(request);
                case "SendTaskSuccess" -> sendTaskSuccess(request);
                case "SendTaskFailure" -> sendTaskFailure(request);
                case "SendTaskHeartbeat" -> sendTaskHeartbeat(request);
                default -> throw new SfnApiException("UnknownOperationException",
                        "Operation not supported by the local Step Functions API: " + operation);
            };
        } catch (AslApiException refused) {
            throw SfnApiException.from(refused);
        }
    }

    // ---- state machines ----

    private ObjectNode createStateMachine(ApiRequest request) {
        String name = request.requiredString("name", MAX_NAME_LENGTH);
        String definition = request.requiredString("definition", MAX_DEFINITION_LENGTH);
        String roleArn = request.requiredString("roleArn", 256);
        requireArn(roleArn, ROLE_ARN);
        String type = request.optionalEnum("type", Set.of(STANDARD, "EXPRESS")).orElse(STANDARD);
        if (!type.equals(STANDARD)) {
            // The engine implements Standard workflows only; saying so beats running EXPRESS with the wrong semantics.
            throw new SfnApiException("ValidationException",
                    "The local Step Functions engine runs STANDARD state machines only, not " + type);
        }
        StateMachineDescription created = catalog.createStateMachine(name, definition, roleArn);
        ObjectNode response = Json.object();
        response.put("stateMachineArn", created.stateMachineArn());
        response.put("creationDate", epochSeconds(created.creationDate()));
        return response;
    }

    private ObjectNode describeStateMachine(ApiRequest request) {
        StateMachineDescription machine = engine.describeStateMachine(stateMachineArn(request));
        ObjectNode response = stateMachineListItem(machine);
        response.put("status", "ACTIVE");
        response.put("definition", machine.definition());
        response.put("roleArn", machine.roleArn());
        ObjectNode logging = response.putObject("loggingConfiguration");
        logging.put("level", "OFF");
        logging.put("includeExecutionData", false);
        response.putObject("tracingConfiguration").put("enabled", false);
        return response;
    }

    private ObjectNode listStateMachines(ApiRequest request) {
        int size = request.pageSize(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        String scope = "ListStateMachines";
        Optional<String> after = PageToken.decode(request.optionalString("nextToken", MAX_PAGE_TOKEN_LENGTH), scope);
        List<StateMachineDescription> machines = new ArrayList<>(engine.listStateMachines());
        machines.sort(Comparator.comparing(StepFunctionsOperations::stateMachineKey));
        Page<StateMachineDescription> page =
                PageToken.page(machines, StepFunctionsOperations::stateMachineKey, after, size, scope);
        ObjectNode response = Json.object();
        ArrayNode items = response.putArray("stateMachines");
        page.items().forEach(machine -> items.add(stateMachineListItem(machine)));
        page.nextToken().ifPresent(token -> response.put("nextToken", token));
        return response;
    }

    /** Running executions keep the definition they started with, as in AWS. */
    private ObjectNode updateStateMachine(ApiRequest request) {
        String stateMachineArn = stateMachineArn(request);
        Optional<String> definition = request.optionalString("definition", MAX_DEFINITION_LENGTH);
        Optional<String> roleArn = request.optionalString("roleArn", 256);
        roleArn.ifPresent(arn -> requireArn(arn, ROLE_ARN));
        if (definition.isEmpty() && roleArn.isEmpty()) {
            throw new SfnApiException("MissingRequiredParameter",
                    "Either the definition or the roleArn must be specified");
        }
        String newDefinition = definition.orElseGet(() -> engine.describeStateMachine(stateMachineArn).definition());
        catalog.updateStateMachine(stateMachineArn, newDefinition, roleArn.orElse(null));
        ObjectNode response = Json.object();
        response.put("updateDate", epochSeconds(engine.scheduler().now()));
        return response;
    }

    private ObjectNode deleteStateMachine(ApiRequest request) {
        catalog.deleteStateMachine(stateMachineArn(request));
        return Json.object();
    }

    private static ObjectNode stateMachineListItem(StateMachineDescription machine) {
        ObjectNode item = Json.object();
        item.put("stateMachineArn", machine.stateMachineArn());
        item.put("name", machine.name());
        item.put("type", STANDARD);
        item.put("creationDate", epochSeconds(machine.creationDate()));
        return item;
    }

    /** Creation order, the order AWS lists machines in; the ARN breaks ties. */
    private static String stateMachineKey(StateMachineDescription machine) {
        return PageToken.sortable(epochNanos(machine.creationDate())) + "|" + machine.stateMachineArn();
    }

    // ---- executions ----

    private ObjectNode startExecution(ApiRequest request) {
        String stateMachineArn = stateMachineArn(request);
        String name = request.optionalString("name", MAX_NAME_LENGTH).orElse(null);
        String input = request.optionalString("input", MAX_DATA_LENGTH).orElse(null);
        ExecutionDescription started = engine.startExecution(stateMachineArn, name, input);
        ObjectNode response = Json.object();
        response.put("executionArn", started.executionArn());
        response.put("startDate", epochSeconds(started.startDate()));
        return response;
    }

    private ObjectNode describeExecution(ApiRequest request) {
        ExecutionDescription execution = engine.describeExecution(executionArn(request));
        ObjectNode response = executionListItem(execution);
        response.put("input", execution.input());
        response.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            response.put("output", execution.output());
            response.putObject("outputDetails").put("included", true);
        }
        if (execution.error() != null) {
            response.put("error", execution.error());
        }
        if (execution.cause() != null) {
            response.put("cause", execution.cause());
        }
        return response;
    }

    private ObjectNode listExecutions(ApiRequest request) {
        String stateMachineArn = stateMachineArn(request);
        Optional<String> statusFilter = request.optionalEnum("statusFilter", STATUS_FILTERS);
        int size = request.pageSize(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        String scope = "ListExecutions|" + stateMachineArn + "|" + statusFilter.orElse("");
        Optional<String> after = PageToken.decode(request.optionalString("nextToken", MAX_PAGE_TOKEN_LENGTH), scope);
        List<ExecutionDescription> executions;
        if (statusFilter.filter("PENDING_REDRIVE"::equals).isPresent()) {
            engine.describeStateMachine(stateMachineArn);
            executions = List.of(); // the engine does not redrive, so nothing is ever pending a redrive
        } else {
            executions = new ArrayList<>(engine.listExecutions(stateMachineArn,
                    statusFilter.map(ExecutionStatus::valueOf).orElse(null)));
            executions.sort(Comparator.comparing(StepFunctionsOperations::executionKey));
        }
        Page<ExecutionDescription> page =
                PageToken.page(executions, StepFunctionsOperations::executionKey, after, size, scope);
        ObjectNode response = Json.object();
        ArrayNode items = response.putArray("executions");
        page.items().forEach(execution -> items.add(executionListItem(execution)));
        page.nextToken().ifPresent(token -> response.put("nextToken", token));
        return response;
    }

    /** Newest first, as ListExecutions returns them; the ARN breaks ties. */
    private static String executionKey(ExecutionDescription execution) {
        return PageToken.sortable(Long.MAX_VALUE - epochNanos(execution.startDate())) + "|" + execution.executionArn();
    }

    private static ObjectNode executionListItem(ExecutionDescription execution) {
        ObjectNode item = Json.object();
        item.put("executionArn", execution.executionArn());
        item.put("stateMachineArn", execution.stateMachineArn());
        item.put("name", execution.name());
        item.put("status", execution.status().name());
        item.put("startDate", epochSeconds(execution.startDate()));
        if (execution.stopDate() != null) {
            item.put("stopDate", epochSeconds(execution.stopDate()));
        }
        return item;
    }

    private ObjectNode getExecutionHistory(ApiRequest request) {
        String executionArn = executionArn(request);
        int size = request.pageSize(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        boolean reverseOrder = request.optionalBoolean("reverseOrder", false);
        boolean includeExecutionData = request.optionalBoolean("includeExecutionData", true);
        String scope = "GetExecutionHistory|" + executionArn + "|" + reverseOrder;
        Optional<String> after = PageToken.decode(request.optionalString("nextToken", MAX_PAGE_TOKEN_LENGTH), scope);
        List<HistoryEvent> events = new ArrayList<>(engine.getExecutionHistory(executionArn));
        if (reverseOrder) {
            Collections.reverse(events);
        }
        Page<HistoryEvent> page = PageToken.page(events,
                event -> PageToken.sortable(reverseOrder ? Long.MAX_VALUE - event.id() : event.id()), after, size, scope);
        ObjectNode response = Json.object();
        ArrayNode items = response.putArray("events");
        page.items().forEach(event -> items.add(eventJson(event, includeExecutionData)));
        page.nextToken().ifPresent(token -> response.put("nextToken", token));
        return response;
    }

    private static ObjectNode eventJson(HistoryEvent event, boolean includeExecutionData) {
        // A copy: the engine's event keeps its details object, which must not be changed here.
        ObjectNode json = event.toJson().deepCopy();
        if (!includeExecutionData && event.detailsMember() != null) {
            JsonNode details = json.get(event.detailsMember());
            if (details instanceof ObjectNode detailsObject) {
                detailsObject.remove(EXECUTION_DATA_MEMBERS);
            }
        }
        return json;
    }

    private ObjectNode stopExecution(ApiRequest request) {
        String executionArn = executionArn(request);
        String error = request.optionalString("error", MAX_ERROR_LENGTH).orElse(null);
        String cause = request.optionalString("cause", MAX_CAUSE_LENGTH).orElse(null);
        ExecutionDescription stopped = engine.stopExecution(executionArn, error, cause);
        ObjectNode response = Json.object();
        response.put("stopDate", epochSeconds(stopped.stopDate() == null ? engine.scheduler().now() : stopped.stopDate()));
        return response;
    }

    // ---- task tokens ----

    private ObjectNode sendTaskSuccess(ApiRequest request) {
        String token = request.requiredString("taskToken", MAX_TOKEN_LENGTH);
        String output = request.requiredString("output", MAX_DATA_LENGTH);
        engine.sendTaskSuccess(token, output);
        return Json.object();
    }

    private ObjectNode sendTaskFailure(ApiRequest request) {
        String token = request.requiredString("taskToken", MAX_TOKEN_LENGTH);
        String error = request.optionalString("error", MAX_ERROR_LENGTH).orElse(null);
        String cause = request.optionalString("cause", MAX_CAUSE_LENGTH).orElse(null);
        engine.sendTaskFailure(token, error, cause);
        return Json.object();
    }

    private ObjectNode sendTaskHeartbeat(ApiRequest request) {
        engine.sendTaskHeartbeat(request.requiredString("taskToken", MAX_TOKEN_LENGTH));
        return Json.object();
    }

    // ---- members ----

    private static String stateMachineArn(ApiRequest request) {
        return requireArn(request.requiredString("stateMachineArn", MAX_ARN_LENGTH), STATE_MACHINE_ARN);
    }

    private static String executionArn(ApiRequest request) {
        return requireArn(request.requiredString("executionArn", MAX_ARN_LENGTH), EXECUTION_ARN);
    }

    private static String requireArn(String arn, Pattern expected) {
        if (expected.matcher(arn).matches()) {
            return arn;
        }
        if (expected != ROLE_ARN && STATES_ARN.matcher(arn).matches()) {
            throw SfnApiException.invalidArn(arn, "Resource type not valid in this context");
        }
        throw SfnApiException.invalidArn(arn, "Invalid ARN prefix");
    }

    /** AWS JSON's timestamp: seconds since the epoch, with milliseconds as the fraction. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
