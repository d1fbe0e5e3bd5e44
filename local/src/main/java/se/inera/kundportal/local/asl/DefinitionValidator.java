package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.inera.kundportal.local.asl.json.JsonPath;

/**
 * The checks CreateStateMachine makes before accepting a definition: required fields and their
 * types, transitions to existing states, exactly one of Next/End, a terminal state in every
 * workflow and branch, Retry/Catch rules, unreachable states, the syntax of JSONPath fields, and
 * the fields each query language allows. Problems are reported the way AWS words them, each with
 * the JSON pointer of the offending field.
 */
final class DefinitionValidator {
    private static final Set<String> TYPES = Set.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
    private static final Set<String> TRANSITIONING = Set.of("Task", "Pass", "Wait", "Parallel", "Map");
    private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "Parameters", "ResultSelector", "ResultPath",
            "OutputPath", "ItemsPath");
    private static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items");
    /** Paths that select from the input; AWS's JSONPath, wildcards and filters included. */
    private static final List<String> PATH_FIELDS = List.of("InputPath", "OutputPath");
    /** Paths that must name a single value (AWS's Reference Paths): no wildcards, filters, slices or deep scans. */
    private static final List<String> REFERENCE_PATH_FIELDS = List.of("ResultPath", "ItemsPath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "SecondsPath", "TimestampPath", "MaxConcurrencyPath",
            "ToleratedFailurePercentagePath", "ToleratedFailureCountPath");
    /** Reference paths that may also be an intrinsic function call (Fail states). */
    private static final List<String> REFERENCE_PATH_OR_INTRINSIC_FIELDS = List.of("ErrorPath", "CausePath");
    /** Payload templates whose {@code key.$} fields hold a path or an intrinsic function call. */
    private static final List<String> TEMPLATE_FIELDS = List.of("Parameters", "ResultSelector", "ItemSelector", "Assign");

    private final List<String> problems = new ArrayList<>();

    private DefinitionValidator() {}

    /** @throws InvalidDefinitionException listing every problem found */
    static void validate(JsonNode definition) {
        DefinitionValidator validator = new DefinitionValidator();
        if (!definition.isObject()) {
            throw new InvalidDefinitionException(List.of("SCHEMA_VALIDATION_FAILED: The definition must be a JSON object at /"));
        }
        String language = definition.path("QueryLanguage").asText("JSONPath");
        if (!language.equals("JSONPath") && !language.equals("JSONata")) {
            validator.problem("SCHEMA_VALIDATION_FAILED", "The value for the field 'QueryLanguage' must be one of [JSONPath, JSONata]", "/QueryLanguage");
        }
        validator.block(definition, "", language);
        if (!validator.problems.isEmpty()) {
            throw new InvalidDefinitionException(validator.problems);
        }
    }

    private void problem(String code, String message, String pointer) {
        problems.add(code + ": " + message + " at " + (pointer.isEmpty() ? "/" : pointer));
    }

    private void block(JsonNode block, String pointer, String language) {
        JsonNode startAt = block.get("StartAt");
        JsonNode states = block.get("States");
        if (startAt == null || !startAt.isTextual()) {
            problem("SCHEMA_VALIDATION_FAILED", "The field 'StartAt' is required and must be a string", pointer);
        }
        if (states == null || !states.isObject() || states.isEmpty()) {
            problem("SCHEMA_VALIDATION_FAILED", "The field 'States' is required and must be a non-empty object", pointer);
            return;
        }
        if (startAt != null && startAt.isTextual() && !states.has(startAt.textValue())) {
            problem("MISSING_TRANSITION_TARGET", "Missing 'Next' target: " + startAt.textValue(), pointer + "/StartAt");
        }
        for (Iterator<String> names = states.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.isEmpty() || name.length() > 80) {
                problem("SCHEMA_VALIDATION_FAILED", "State names must be 1 to 80 characters long", pointer + "/States/" + name);
            }
            state(name, states.get(name), states, pointer + "/States/" + name, language);
        }
        if (startAt != null && startAt.isTextual() && states.has(startAt.textValue())) {
            reachability(startAt.textValue(), states, pointer);
        }
        if (!hasTerminalState(states)) {
            problem("MISSING_END_STATE", "Workflow has no terminal state", pointer + "/States");
        }
    }

    /** A Succeed or Fail state, or a state with {@code "End": true}; without one the workflow could never end. */
    private static boolean hasTerminalState(JsonNode states) {
        for (JsonNode state : states) {
            String type = state.path("Type").asText();
            if (type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private void state(String name, JsonNode state, JsonNode siblings, String pointer, String inheritedLanguage) {
        if (!state.isObject()) {
            problem("SCHEMA_VALIDATION_FAILED", "A state must be a JSON object", pointer);
            return;
        }
        JsonNode typeNode = state.get("Type");
        if (typeNode == null || !typeNode.isTextual()) {
            problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [Type]", pointer);
            return;
        }
        String type = typeNode.textValue();
        if (!TYPES.contains(type)) {
            problem("SCHEMA_VALIDATION_FAILED", "The value for the field 'Type' must be one of " + TYPES, pointer + "/Type");
            return;
        }
        String language = state.path("QueryLanguage").asText(inheritedLanguage);
        if (inheritedLanguage.equals("JSONata") && language.equals("JSONPath")) {
            problem("SCHEMA_VALIDATION_FAILED", "A state cannot use JSONPath when the state machine uses JSONata", pointer + "/QueryLanguage");
        }
        for (String field : language.equals("JSONata") ? JSONPATH_ONLY : JSONATA_ONLY) {
            if (state.has(field) && !(field.equals("Parameters") && type.equals("Map") && language.equals("JSONPath"))) {
                problem("SCHEMA_VALIDATION_FAILED", "The field '" + field + "' is not supported for " + language + " states", pointer + "/" + field);
            }
        }
        if (language.equals("JSONPath")) {
            paths(state, pointer);
        }
        if (TRANSITIONING.contains(type)) {
            boolean hasNext = state.has("Next");
            boolean isEnd = state.path("End").asBoolean(false);
            if (hasNext == isEnd) {
                problem("SCHEMA_VALIDATION_FAILED", "Exactly one of 'Next' or 'End' (true) is required", pointer);
            }
            transition(state.get("Next"), siblings, pointer + "/Next");
        } else if (state.has("Next") || state.has("End")) {
            problem("SCHEMA_VALIDATION_FAILED", "A " + type + " state cannot have 'Next' or 'End'", pointer);
        }
        switch (type) {
            case "Task" -> task(state, pointer, language);
            case "Choice" -> choice(state, siblings, pointer, language);
            case "Wait" -> waitState(state, pointer, language);
            case "Parallel" -> parallel(state, pointer, language);
            case "Map" -> map(state, pointer, language);
            default -> { }
        }
        if (state.has("Retry")) {
            errorRules(state.get("Retry"), pointer + "/Retry", null);
        }
        if (state.has("Catch")) {
            errorRules(state.get("Catch"), pointer + "/Catch", siblings);
        }
    }

    // ---- JSONPath syntax ----

    /** The path fields of a JSONPath state, its Catch rules and its templates. */
    private void paths(JsonNode state, String pointer) {
        for (String field : PATH_FIELDS) {
            JsonNode value = state.get(field);
            if (value != null && !value.isNull() && !isPath(value)) {
                problem("SCHEMA_VALIDATION_FAILED", "Value must be a valid JSONPath.", pointer + "/" + field);
            }
        }
        for (String field : REFERENCE_PATH_FIELDS) {
            referencePath(state, field, pointer, false);
        }
        for (String field : REFERENCE_PATH_OR_INTRINSIC_FIELDS) {
            referencePath(state, field, pointer, true);
        }
        for (String field : TEMPLATE_FIELDS) {
            if (state.has(field)) {
                template(state.get(field), pointer + "/" + field);
            }
        }
        JsonNode catchers = state.path("Catch");
        for (int i = 0; i < catchers.size(); i++) {
            referencePath(catchers.get(i), "ResultPath", pointer + "/Catch/" + i, false);
            if (catchers.get(i).has("Assign")) {
                template(catchers.get(i).get("Assign"), pointer + "/Catch/" + i + "/Assign");
            }
        }
    }

    private void referencePath(JsonNode holder, String field, String pointer, boolean intrinsicAllowed) {
        JsonNode value = holder.get(field);
        if (value == null || value.isNull() && field.equals("ResultPath")) {
            return; // "ResultPath": null discards the result
        }
        if (intrinsicAllowed && value.isTextual() && IntrinsicsBridge.isIntrinsic(value.textValue())) {
            return;
        }
        referenceProblem(value, field.equals("ResultPath")).ifPresent(reason ->
                problem("SCHEMA_VALIDATION_FAILED", "Value is not a Reference Path: " + reason, pointer + "/" + field));
    }

    /**
     * Why {@code value} is not a Reference Path, if it is not one. ResultPath writes into the state's
     * data, so there neither the context object ({@code $$}) nor a variable ({@code $name}) may be its root.
     */
    private static Optional<String> referenceProblem(JsonNode value, boolean writesIntoInput) {
        if (!value.isTextual()) {
            return Optional.of("the value must be a string");
        }
        JsonPath path;
        try {
            path = JsonPath.compile(value.textValue());
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + value.textValue() + "' is not a valid JSONPath");
        }
        if (!path.isDefinite()) {
            return Optional.of("'" + value.textValue() + "' selects more than one value");
        }
        if (writesIntoInput && !path.root().equals("$")) {
            return Optional.of("'" + value.textValue() + "' must start with '$.' or be '$'");
        }
        return Optional.empty();
    }

    /** Every {@code key.$} field of a Parameters/ResultSelector/ItemSelector/Assign template, at any depth. */
    private void template(JsonNode template, String pointer) {
        if (template.isArray()) {
            for (int i = 0; i < template.size(); i++) {
                template(template.get(i), pointer + "/" + i);
            }
            return;
        }
        if (!template.isObject()) {
            return;
        }
        for (Iterator<String> keys = template.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            JsonNode value = template.get(key);
            if (!key.endsWith(".$")) {
                template(value, pointer + "/" + key);
            } else if (!value.isTextual()
                    || !IntrinsicsBridge.isIntrinsic(value.textValue()) && !isPath(value)) {
                problem("SCHEMA_VALIDATION_FAILED", "The value for the field '" + key
                        + "' must be a valid JSONPath or a valid intrinsic function call", pointer + "/" + key);
            }
        }
    }

    private static boolean isPath(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            JsonPath.compile(value.textValue());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void transition(JsonNode next, JsonNode siblings, String pointer) {
        if (next == null) {
            return;
        }
        if (!next.isTextual()) {
            problem("SCHEMA_VALIDATION_FAILED", "The value for the field 'Next' must be a STRING", pointer);
        } else if (!siblings.has(next.textValue())) {
            problem("MISSING_TRANSITION_TARGET", "Missing 'Next' target: " + next.textValue(), pointer);
        }
    }

    private void task(JsonNode state, String pointer, String language) {
        if (!state.path("Resource").isTextual()) {
            problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [Resource]", pointer);
        }
        positiveInteger(state, "TimeoutSeconds", pointer, language);
        positiveInteger(state, "HeartbeatSeconds", pointer, language);
        if (state.has("TimeoutSeconds") && state.has("TimeoutSecondsPath")) {
            problem("SCHEMA_VALIDATION_FAILED", "Only one of 'TimeoutSeconds' and 'TimeoutSecondsPath' may be given", pointer);
        }
        if (state.has("HeartbeatSeconds") && state.has("HeartbeatSecondsPath")) {
            problem("SCHEMA_VALIDATION_FAILED", "Only one of 'HeartbeatSeconds' and 'HeartbeatSecondsPath' may be given", pointer);
        }
        JsonNode timeout = state.get("TimeoutSeconds");
        JsonNode heartbeat = state.get("HeartbeatSeconds");
        if (timeout != null && heartbeat != null && timeout.isIntegralNumber() && heartbeat.isIntegralNumber()
                && heartbeat.longValue() >= timeout.longValue()) {
            problem("SCHEMA_VALIDATION_FAILED", "'HeartbeatSeconds' must be smaller than 'TimeoutSeconds'", pointer + "/HeartbeatSeconds");
        }
    }

    private void positiveInteger(JsonNode state, String field, String pointer, String language) {
        JsonNode value = state.get(field);
        if (value == null || language.equals("JSONata") && value.isTextual()) {
            return; // JSONata expressions are checked at run time
        }
        if (!value.isIntegralNumber() || value.longValue() <= 0) {
            problem("SCHEMA_VALIDATION_FAILED", "The value for the field '" + field + "' must be a positive integer", pointer + "/" + field);
        }
    }

    private void choice(JsonNode state, JsonNode siblings, String pointer, String language) {
        JsonNode choices = state.get("Choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            problem("SCHEMA_VALIDATION_FAILED", "The field 'Choices' is required and must be a non-empty array", pointer);
            return;
        }
        for (int i = 0; i < choices.size(); i++) {
            JsonNode rule = choices.get(i);
            String rulePointer = pointer + "/Choices/" + i;
            if (!rule.has("Next")) {
                problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [Next]", rulePointer);
            }
            transition(rule.get("Next"), siblings, rulePointer + "/Next");
            if (language.equals("JSONata")) {
                if (!rule.has("Condition")) {
                    problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [Condition]", rulePointer);
                }
            } else {
                rule(rule, rulePointer);
            }
        }
        transition(state.get("Default"), siblings, pointer + "/Default");
    }

    private void rule(JsonNode rule, String pointer) {
        for (String combinator : List.of("And", "Or")) {
            if (rule.has(combinator)) {
                JsonNode inner = rule.get(combinator);
                if (!inner.isArray() || inner.isEmpty()) {
                    problem("SCHEMA_VALIDATION_FAILED", "The field '" + combinator + "' must be a non-empty array", pointer + "/" + combinator);
                    return;
                }
                for (int i = 0; i < inner.size(); i++) {
                    rule(inner.get(i), pointer + "/" + combinator + "/" + i);
                }
                return;
            }
        }
        if (rule.has("Not")) {
            rule(rule.get("Not"), pointer + "/Not");
            return;
        }
        if (!rule.path("Variable").isTextual()) {
            problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [Variable]", pointer);
        } else {
            referencePath(rule, "Variable", pointer, false);
        }
        for (Iterator<String> fields = rule.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (field.endsWith("Path")) {
                referencePath(rule, field, pointer, false); // StringEqualsPath etc. compare with another value
            }
        }
        if (ChoiceRules.operatorOf(rule).isEmpty()) {
            problem("SCHEMA_VALIDATION_FAILED", "A choice rule needs a comparison operator", pointer);
        }
    }

    private void waitState(JsonNode state, String pointer, String language) {
        int given = 0;
        for (String field : List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath")) {
            if (state.has(field)) {
                given++;
            }
        }
        if (given != 1) {
            problem("SCHEMA_VALIDATION_FAILED", "Exactly one of 'Seconds', 'Timestamp', 'SecondsPath' or 'TimestampPath' is required", pointer);
        }
        JsonNode seconds = state.get("Seconds");
        boolean expression = language.equals("JSONata") && seconds != null && seconds.isTextual();
        if (seconds != null && !expression && (!seconds.isIntegralNumber() || seconds.longValue() < 0)) {
            problem("SCHEMA_VALIDATION_FAILED", "The value for the field 'Seconds' must be a non-negative integer", pointer + "/Seconds");
        }
    }

    private void parallel(JsonNode state, String pointer, String language) {
        JsonNode branches = state.get("Branches");
        if (branches == null || !branches.isArray() || branches.isEmpty()) {
            problem("SCHEMA_VALIDATION_FAILED", "The field 'Branches' is required and must be a non-empty array", pointer);
            return;
        }
        for (int i = 0; i < branches.size(); i++) {
            block(branches.get(i), pointer + "/Branches/" + i, branches.get(i).path("QueryLanguage").asText(language));
        }
    }

    private void map(JsonNode state, String pointer, String language) {
        JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator");
        String field = state.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        if (processor == null || !processor.isObject()) {
            problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [ItemProcessor]", pointer);
        } else {
            block(processor, pointer + "/" + field, processor.path("QueryLanguage").asText(language));
        }
        JsonNode percentage = state.get("ToleratedFailurePercentage");
        if (percentage != null && percentage.isNumber()
                && (percentage.doubleValue() < 0 || percentage.doubleValue() > 100)) {
            problem("SCHEMA_VALIDATION_FAILED", "ToleratedFailurePercentage must be between 0 and 100", pointer + "/ToleratedFailurePercentage");
        }
        JsonNode count = state.get("ToleratedFailureCount");
        if (count != null && count.isNumber() && (!count.isIntegralNumber() || count.longValue() < 0)) {
            problem("SCHEMA_VALIDATION_FAILED", "ToleratedFailureCount must be a non-negative integer", pointer + "/ToleratedFailureCount");
        }
        JsonNode concurrency = state.get("MaxConcurrency");
        if (concurrency != null && concurrency.isNumber() && (!concurrency.isIntegralNumber() || concurrency.longValue() < 0)) {
            problem("SCHEMA_VALIDATION_FAILED", "MaxConcurrency must be a non-negative integer", pointer + "/MaxConcurrency");
        }
    }

    /** Retry (siblings null) or Catch rules: ErrorEquals non-empty, States.ALL alone and last, Catch Next exists. */
    private void errorRules(JsonNode rules, String pointer, JsonNode siblings) {
        if (!rules.isArray()) {
            problem("SCHEMA_VALIDATION_FAILED", "The value must be an array", pointer);
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String rulePointer = pointer + "/" + i;
            JsonNode errors = rule.get("ErrorEquals");
            if (errors == null || !errors.isArray() || errors.isEmpty()) {
                problem("SCHEMA_VALIDATION_FAILED", "The field 'ErrorEquals' is required and must be a non-empty array", rulePointer);
                continue;
            }
            for (JsonNode error : errors) {
                if (error.asText().equals(StatesError.ALL) && (errors.size() > 1 || i != rules.size() - 1)) {
                    problem("SCHEMA_VALIDATION_FAILED", "States.ALL must appear alone and in the last rule", rulePointer + "/ErrorEquals");
                }
            }
            if (siblings != null) {
                if (!rule.has("Next")) {
                    problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [Next]", rulePointer);
                }
                transition(rule.get("Next"), siblings, rulePointer + "/Next");
            } else {
                JsonNode attempts = rule.get("MaxAttempts");
                if (attempts != null && (!attempts.isIntegralNumber() || attempts.longValue() < 0)) {
                    problem("SCHEMA_VALIDATION_FAILED", "MaxAttempts must be a non-negative integer", rulePointer + "/MaxAttempts");
                }
                JsonNode backoff = rule.get("BackoffRate");
                if (backoff != null && (!backoff.isNumber() || backoff.doubleValue() < 1.0)) {
                    problem("SCHEMA_VALIDATION_FAILED", "BackoffRate must be a number at least 1.0", rulePointer + "/BackoffRate");
                }
                JsonNode jitter = rule.get("JitterStrategy");
                if (jitter != null && !jitter.asText().equals("FULL") && !jitter.asText().equals("NONE")) {
                    problem("SCHEMA_VALIDATION_FAILED", "JitterStrategy must be FULL or NONE", rulePointer + "/JitterStrategy");
                }
            }
        }
    }

    private void reachability(String startAt, JsonNode states, String pointer) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(startAt));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            JsonNode state = states.get(name);
            if (state == null || !reached.add(name)) {
                continue;
            }
            state.path("Next").asText(null);
            addTarget(pending, state.get("Next"));
            addTarget(pending, state.get("Default"));
            for (JsonNode rule : state.path("Choices")) {
                addTarget(pending, rule.get("Next"));
            }
            for (JsonNode catcher : state.path("Catch")) {
                addTarget(pending, catcher.get("Next"));
            }
        }
        for (Iterator<String> names = states.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!reached.contains(name)) {
                problem("MISSING_TRANSITION_TARGET", "State \"" + name + "\" is not reachable", pointer + "/States/" + name);
            }
        }
    }

    private static void addTarget(Deque<String> pending, JsonNode target) {
        if (target != null && target.isTextual()) {
            pending.push(target.textValue());
        }
    }
}
