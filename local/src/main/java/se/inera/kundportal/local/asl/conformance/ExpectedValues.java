package se.inera.kundportal.local.asl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.inera.kundportal.local.asl.json.Json;

/**
 * Compares an actual value with a recorded one by the corpus rules (README section 5): structural
 * equality with numbers by value, placeholder tokens as wildcards (bound consistently within one
 * case), and Lambda error documents with a Python stack trace compared by errorType and
 * errorMessage only.
 */
final class ExpectedValues {
    private static final Pattern ANGLE_TOKEN = Pattern.compile("<[A-Za-z0-9_:\\-]+>");
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final List<String> wholeValueTokens;
    private final Map<String, String> bindings = new HashMap<>();

    ExpectedValues(List<String> placeholderTokens) {
        this.wholeValueTokens = placeholderTokens;
    }

    boolean matches(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null
                    || expected != null && expected.isNull() && actual == null
                    || actual != null && actual.isNull() && expected == null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual()) {
            String text = expected.textValue();
            if (wholeValueTokens.contains(text) && !text.startsWith("<")) {
                return true;
            }
            if (!actual.isTextual()) {
                return false;
            }
            return matchesText(text, actual.textValue());
        }
        if (expected.isObject()) {
            if (!actual.isObject() || expected.size() != actual.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                if (!matches(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matches(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    /** Strings: equal, or equal as patterns of their tokens, or equal Lambda error documents. */
    boolean matchesText(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        if (expected.equals(actual)) {
            return true;
        }
        JsonNode expectedError = lambdaErrorDocument(expected);
        if (expectedError != null) {
            JsonNode actualError = lambdaErrorDocument(actual);
            return actualError != null
                    && matchesText(expectedError.path("errorType").asText(), actualError.path("errorType").asText())
                    && matchesText(expectedError.path("errorMessage").asText(), actualError.path("errorMessage").asText());
        }
        return matchesPattern(expected, actual);
    }

    private boolean matchesPattern(String expected, String actual) {
        Matcher tokens = ANGLE_TOKEN.matcher(expected);
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int last = 0;
        while (tokens.find()) {
            regex.append(Pattern.quote(expected.substring(last, tokens.start())));
            String token = tokens.group();
            names.add(token);
            regex.append('(').append(shapeOf(token)).append(')');
            last = tokens.end();
        }
        if (names.isEmpty()) {
            return false;
        }
        regex.append(Pattern.quote(expected.substring(last)));
        Matcher matcher = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
        if (!matcher.matches()) {
            return false;
        }
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String value = matcher.group(i + 1);
            String earlier = bindings.getOrDefault(names.get(i), found.get(names.get(i)));
            if (earlier != null && !earlier.equals(value)) {
                return false;
            }
            found.put(names.get(i), value);
        }
        bindings.putAll(found);
        return true;
    }

    private static String shapeOf(String token) {
        if (token.startsWith("<uuid")) {
            return UUID;
        }
        if (token.equals("<partition>")) {
            return "aws(?:-[a-z\\-]+)?";
        }
        if (token.equals("<region>")) {
            return "[a-z]{2}(?:-[a-z]+)+-\\d";
        }
        return ".+?";
    }

    private static JsonNode lambdaErrorDocument(String text) {
        if (!text.startsWith("{")) {
            return null;
        }
        try {
            JsonNode parsed = Json.parse(text);
            return parsed.isObject() && parsed.has("stackTrace") ? parsed : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
