package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.inera.kundportal.local.asl.intrinsics.IntrinsicException;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.json.JsonPath;
import se.inera.kundportal.local.asl.json.JsonataExpressions;
import se.inera.kundportal.local.asl.json.JsonataExpressions.JsonataException;

/**
 * A state's input and output processing, in both query languages. JSONPath: InputPath,
 * Parameters/ItemSelector/ResultSelector templates ({@code key.$} fields, intrinsics), ResultPath,
 * OutputPath and Assign. JSONata: {@code {% %}} fields evaluated with {@code $states} and the
 * variables bound.
 */
final class StateData {
    private StateData() {}

    // ---- JSONPath ----

    /** Reads {@code $...} from data, {@code $$...} from the context object, {@code $name...} from the variables. */
    static Optional<JsonNode> read(StateRun run, JsonPath path, JsonNode data, ObjectNode context) {
        if (path.isContextPath()) {
            return path.read(context == null ? run.contextObject() : context);
        }
        if (path.isVariablePath()) {
            JsonNode value = run.block.variables.get(path.root());
            return value == null ? Optional.empty() : path.read(value);
        }
        return path.read(data);
    }

    static JsonPath compile(StateRun run, String path) {
        try {
            return JsonPath.compile(path);
        } catch (IllegalArgumentException e) {
            throw run.runtimeError("Invalid path '" + path + "'");
        }
    }

    /** A reference path that must select a value, e.g. InputPath or OutputPath. */
    static JsonNode readRequired(StateRun run, String path, JsonNode data) {
        JsonPath compiled = compile(run, path);
        return read(run, compiled, data, null).orElseThrow(() -> run.runtimeError(
                "Invalid path '" + path + "' : No results for path: " + compiled.bracketNotation()));
    }

    static JsonNode inputPath(StateRun run, JsonNode rawInput) {
        JsonNode inputPath = run.field("InputPath");
        JsonNode effective;
        if (inputPath == null) {
            effective = rawInput;
        } else if (inputPath.isNull()) {
            effective = Json.object();
        } else {
            effective = readRequired(run, inputPath.asText(), rawInput);
        }
        run.inspect("afterInputPath", effective);
        return effective;
    }

    static JsonNode outputPath(StateRun run, JsonNode data) {
        JsonNode outputPath = run.field("OutputPath");
        if (outputPath == null) {
            return data;
        }
        if (outputPath.isNull()) {
            return Json.object();
        }
        return readRequired(run, outputPath.asText(), data);
    }

    static JsonNode resultPath(StateRun run, JsonNode rawInput, JsonNode result, JsonNode resultPathField) {
        if (resultPathField == null) {
            return result;
        }
        if (resultPathField.isNull()) {
            return rawInput;
        }
        String path = resultPathField.asText();
        try {
            return compile(run, path).placeInto(rawInput, result);
        } catch (IllegalStateException e) {
            throw run.runtimeError("Unable to apply ResultPath '" + path + "' to input '" + Json.write(rawInput) + "'");
        }
    }

    /** Parameters, ItemSelector, ResultSelector: copies the template, evaluating {@code key.$} fields. */
    static JsonNode template(StateRun run, JsonNode template, JsonNode data, ObjectNode context) {
        if (template.isObject()) {
            ObjectNode out = Json.object();
            for (Map.Entry<String, JsonNode> field : template.properties()) {
                String key = field.getKey();
                if (key.endsWith(".$") && field.getValue().isTextual()) {
                    out.set(key.substring(0, key.length() - 2), dynamicValue(run, key, field.getValue().textValue(), data, context));
                } else {
                    out.set(key, template(run, field.getValue(), data, context));
                }
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            template.forEach(element -> out.add(template(run, element, data, context)));
            return out;
        }
        return template;
    }

    /** The value of a {@code key.$} field: a path or an intrinsic function call. */
    static JsonNode dynamicValue(StateRun run, String key, String expression, JsonNode data, ObjectNode context) {
        if (!JsonPath.looksLikePath(expression) && IntrinsicsBridge.isIntrinsic(expression)) {
            try {
                return IntrinsicsBridge.evaluate(expression, path -> resolveForIntrinsic(run, path, data, context));
            } catch (IntrinsicException e) {
                throw new StatesError(e.error(), run.errorPrefix() + e.getMessage());
            }
        }
        JsonPath path = compile(run, expression);
        return read(run, path, data, context).orElseThrow(() -> missingPath(run, key, expression, path, data));
    }

    private static StatesError missingPath(StateRun run, String key, String expression, JsonPath path, JsonNode data) {
        if (path.isVariablePath() && run.block.variables.get(path.root()) == null) {
            return run.runtimeError("The JSONPath '" + expression + "' specified for the field '" + key
                    + "' could not be found in the input '" + Json.write(data) + "'");
        }
        return run.runtimeError("The JSONPath '" + expression + "' specified for the field '" + key
                + "' could not be found in the input '" + Json.write(path.isContextPath() ? run.contextObject() : data) + "'");
    }

    private static JsonNode resolveForIntrinsic(StateRun run, String path, JsonNode data, ObjectNode context) {
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(path);
        } catch (IllegalArgumentException e) {
            throw new IntrinsicException(StatesError.RUNTIME, "Invalid path '" + path + "'");
        }
        return read(run, compiled, data, context).orElseThrow(() -> new IntrinsicException(StatesError.RUNTIME,
                "The JSONPath '" + path + "' could not be found in the input '" + Json.write(data) + "'"));
    }

    /** JSONPath Assign: every value is evaluated first, against {@code data}, then the caller commits them. */
    static Map<String, JsonNode> assignments(StateRun run, JsonNode assign, JsonNode data) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (assign == null) {
            return values;
        }
        JsonNode evaluated = template(run, assign, data, null);
        evaluated.properties().forEach(field -> values.put(field.getKey(), field.getValue()));
        return values;
    }

    // ---- JSONata ----

    /** The {@code $states} binding: input, context and (when given) result and errorOutput. */
    static ObjectNode states(StateRun run, JsonNode input, JsonNode result, JsonNode errorOutput, ObjectNode context) {
        ObjectNode states = Json.object();
        states.set("input", input);
        states.set("context", context == null ? run.contextObject() : context);
        if (result != null) {
            states.set("result", result);
        }
        if (errorOutput != null) {
            states.set("errorOutput", errorOutput);
        }
        return states;
    }

    /**
     * Evaluates a JSONata field value: {@code {% %}} strings are expressions, objects and arrays are
     * evaluated member by member, anything else is literal. Returns null when the value is undefined.
     */
    static JsonNode evaluate(StateRun run, JsonNode value, ObjectNode states, String fieldPath) {
        if (JsonataExpressions.isExpression(value)) {
            return expression(run, value.textValue(), states, fieldPath);
        }
        if (value.isObject()) {
            ObjectNode out = Json.object();
            value.properties().forEach(field -> {
                JsonNode evaluated = evaluate(run, field.getValue(), states, fieldPath + "/" + field.getKey());
                if (evaluated != null) {
                    out.set(field.getKey(), evaluated);
                }
            });
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            int index = 0;
            for (JsonNode element : value) {
                JsonNode evaluated = evaluate(run, element, states, fieldPath + "[" + index++ + "]");
                if (evaluated != null) {
                    out.add(evaluated);
                }
            }
            return out;
        }
        return value;
    }

    /** Evaluates one {@code {% expression %}}; null for undefined. */
    static JsonNode expression(StateRun run, String template, ObjectNode states, String fieldPath) {
        String body = JsonataExpressions.body(template);
        Map<String, JsonNode> bindings = new LinkedHashMap<>(run.block.variables.visible());
        bindings.put("states", states);
        try {
            return JsonataExpressions.evaluate(body, bindings, IntrinsicsBridge::registerJsonataExtensions);
        } catch (JsonataException e) {
            // JSONata's own errors carry a code such as T1006; AWS's extension functions carry only a message.
            boolean jsonataCode = e.code() != null && !e.code().startsWith("States.");
            String detail = jsonataCode ? e.code() + ": " + stripCode(e.getMessage(), e.code()) : e.getMessage();
            throw run.evaluationError("The JSONata expression '" + body + "' specified for the field '" + fieldPath
                    + "' threw an error during evaluation. " + detail, fieldPath);
        }
    }

    private static String stripCode(String message, String code) {
        if (message == null) {
            return "";
        }
        String trimmed = message.startsWith(code) ? message.substring(code.length()) : message;
        return trimmed.replaceFirst("^[:\\s]+", "");
    }

    /** A JSONata field that must yield a value. */
    static JsonNode evaluateRequired(StateRun run, JsonNode value, ObjectNode states, String fieldPath) {
        JsonNode evaluated = evaluate(run, value, states, fieldPath);
        if (evaluated == null) {
            throw run.evaluationError("The JSONata expression '" + JsonataExpressions.body(value.asText())
                    + "' specified for the field '" + fieldPath + "' returned nothing (undefined).");
        }
        return evaluated;
    }

    /** JSONata Assign: evaluated against the old variables, committed by the caller. */
    static Map<String, JsonNode> jsonataAssignments(StateRun run, JsonNode assign, ObjectNode states) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (assign == null) {
            return values;
        }
        assign.properties().forEach(field -> {
            JsonNode evaluated = evaluate(run, field.getValue(), states, "Assign/" + field.getKey());
            values.put(field.getKey(), evaluated == null ? Json.MAPPER.nullNode() : evaluated);
        });
        return values;
    }
}
