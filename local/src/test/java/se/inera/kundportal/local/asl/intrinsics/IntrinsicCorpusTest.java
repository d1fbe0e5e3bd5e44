package se.inera.kundportal.local.asl.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.inera.kundportal.local.asl.AslCorpus;

/**
 * The intrinsics against AWS's recorded executions ({@code asl-corpus/cases/intrinsic_functions_*.json}, {@link AslCorpus}),
 * without the engine: each case's Pass states are run here with a minimal JSONPath subset (Parameters,
 * ResultPath, OutputPath) or, for JSONata cases, their {@code Output} expression with the extensions registered.
 * Placeholder tokens listed by a case match any value, as the corpus README prescribes.
 */
class IntrinsicCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names the machine so that its last '-'-separated part is the corpus's {@code <ArnPart_0idx>} placeholder. */
    private static final String STATE_MACHINE_NAME = "IntrinsicCorpus-Machine-RecordedName";

    @TestFactory
    Stream<DynamicTest> matchesAwsOnEveryRecordedIntrinsicCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(AslCorpus.root().resolve("cases"))) {
            cases = files.filter(file -> file.getFileName().toString().startsWith("intrinsic_functions_")).sorted().toList();
        }
        assertThat(cases).as("recorded intrinsic cases").hasSize(122);
        return cases.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> runCase(file)));
    }

    private static void runCase(Path file) throws IOException {
        JsonNode recorded = JSON.readTree(file.toFile());
        JsonNode expected = recorded.path("expected");
        Set<String> placeholders = new HashSet<>();
        recorded.path("placeholderTokens").forEach(token -> placeholders.add(token.asText()));

        Outcome outcome = execute(recorded.path("definition"), recorded.path("input"));
        if (expected.path("status").asText().equals("SUCCEEDED")) {
            assertThat(outcome.error()).as("error").isNull();
            assertThat(matches(expected.path("output"), outcome.output(), placeholders))
                    .as("expected %s but got %s", expected.path("output"), outcome.output()).isTrue();
        } else {
            assertThat(outcome.error()).as("expected failure %s", expected).isNotNull();
            assertThat(expected.path("cause").asText()).as("AWS's cause names the same failure").contains(outcome.error());
        }
    }

    private record Outcome(JsonNode output, String error) {}

    private static Outcome execute(JsonNode definition, JsonNode input) {
        ObjectNode context = JSON.createObjectNode();
        context.putObject("Execution").set("Input", input);
        context.putObject("StateMachine").put("Name", STATE_MACHINE_NAME);
        JsonNode data = input;
        String stateName = definition.path("StartAt").asText();
        while (true) {
            JsonNode state = definition.path("States").path(stateName);
            assertThat(state.path("Type").asText()).as("state type").isEqualTo("Pass");
            try {
                data = "JSONata".equals(state.path("QueryLanguage").asText())
                        ? runJsonataPass(state, data)
                        : runJsonPathPass(state, data, context);
            } catch (IntrinsicException | JsonataFunctionException e) {
                return new Outcome(null, e.getMessage());
            } catch (com.dashjoin.jsonata.JException e) {
                return new Outcome(null, e.getError() + ": " + e.getMessage());
            }
            if (state.path("End").asBoolean()) {
                return new Outcome(data, null);
            }
            stateName = state.path("Next").asText();
        }
    }

    private static JsonNode runJsonPathPass(JsonNode state, JsonNode input, JsonNode context) {
        JsonNode result = state.has("Parameters") ? parameters(state.get("Parameters"), input, context) : input;
        JsonNode output = state.has("ResultPath") ? withResultAt(input, state.get("ResultPath").asText(), result) : result;
        return state.has("OutputPath") ? resolve(state.get("OutputPath").asText(), output, context) : output;
    }

    private static JsonNode parameters(JsonNode template, JsonNode input, JsonNode context) {
        if (!template.isObject()) {
            return template;
        }
        ObjectNode result = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : template.properties()) {
            String key = field.getKey();
            if (key.endsWith(".$")) {
                String expression = field.getValue().asText();
                JsonNode value = IntrinsicFunctions.isIntrinsic(expression)
                        ? IntrinsicFunctions.evaluate(expression, path -> resolve(path, input, context))
                        : resolve(expression, input, context);
                result.set(key.substring(0, key.length() - 2), value);
            } else {
                result.set(key, parameters(field.getValue(), input, context));
            }
        }
        return result;
    }

    private static JsonNode withResultAt(JsonNode input, String resultPath, JsonNode result) {
        if (resultPath.equals("$")) {
            return result;
        }
        assertThat(resultPath).as("ResultPath supported by this test").matches("\\$\\.\\w+");
        ObjectNode output = input.isObject() ? ((ObjectNode) input).deepCopy() : JSON.createObjectNode();
        output.set(resultPath.substring(2), result);
        return output;
    }

    /** {@code $}, {@code $$}, {@code .name}, {@code ['name']} and {@code [index]} steps: enough for the corpus. */
    static JsonNode resolve(String path, JsonNode input, JsonNode context) {
        JsonNode current = path.startsWith("$$") ? context : input;
        int position = path.startsWith("$$") ? 2 : 1;
        while (position < path.length()) {
            char c = path.charAt(position);
            if (c == '.') {
                int end = position + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                current = current.path(path.substring(position + 1, end));
                position = end;
            } else if (c == '[') {
                int end = path.indexOf(']', position);
                String inside = path.substring(position + 1, end);
                current = inside.startsWith("'") ? current.path(inside.substring(1, inside.length() - 1))
                        : current.path(Integer.parseInt(inside));
                position = end + 1;
            } else {
                throw new IllegalArgumentException("unsupported path " + path);
            }
        }
        if (current.isMissingNode()) {
            throw new IntrinsicException("States.Runtime", "The JSONPath '" + path + "' could not be found");
        }
        return current;
    }

    private static JsonNode runJsonataPass(JsonNode state, JsonNode input) {
        Map<String, Object> states = new LinkedHashMap<>();
        states.put("input", JSON.convertValue(input, Object.class));
        return jsonataTemplate(state.path("Output"), states);
    }

    /** Evaluates every {@code {% ... %}} string inside {@code template}; other values stay as written. */
    private static JsonNode jsonataTemplate(JsonNode template, Map<String, Object> states) {
        if (template.isObject()) {
            ObjectNode result = JSON.createObjectNode();
            template.properties().forEach(field -> result.set(field.getKey(), jsonataTemplate(field.getValue(), states)));
            return result;
        }
        String text = template.isTextual() ? template.textValue().strip() : "";
        if (!text.startsWith("{%") || !text.endsWith("%}")) {
            return template;
        }
        Jsonata expression = Jsonata.jsonata(text.substring(2, text.length() - 2));
        JsonataFunctions.registerAll(expression);
        Jsonata.Frame frame = expression.createFrame();
        frame.bind("states", states);
        Object result = expression.evaluate(null, frame);
        return JSON.valueToTree(result == Jsonata.NULL_VALUE ? null : plainJava(result));
    }

    /** JSONata's sequences and whole doubles, in the forms AWS prints. */
    private static Object plainJava(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(plainJava(element)));
            return copy;
        }
        if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
            return number.longValue();
        }
        return value;
    }

    /** Equal as JSON values (1 equals 1.0), with placeholder strings in {@code expected} matching anything. */
    private static boolean matches(JsonNode expected, JsonNode actual, Set<String> placeholders) {
        if (expected.isTextual() && placeholders.contains(expected.textValue())) {
            return actual != null && !actual.isMissingNode();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                if (!actual.has(field.getKey()) || !matches(field.getValue(), actual.get(field.getKey()), placeholders)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matches(expected.get(i), actual.get(i), placeholders)) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
