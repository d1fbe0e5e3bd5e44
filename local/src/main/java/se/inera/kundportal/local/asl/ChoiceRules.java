package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The JSONPath Choice rule language: comparison operators (and their {@code ...Path} forms),
 * {@code And}/{@code Or}/{@code Not} and the {@code Is...} tests. Comparing values of different
 * types is not an error: the comparison is simply false, as AWS evaluates it.
 */
final class ChoiceRules {
    static final Set<String> COMPARISONS = Set.of(
            "StringEquals", "StringLessThan", "StringGreaterThan", "StringLessThanEquals", "StringGreaterThanEquals",
            "StringMatches", "NumericEquals", "NumericLessThan", "NumericGreaterThan", "NumericLessThanEquals",
            "NumericGreaterThanEquals", "BooleanEquals", "TimestampEquals", "TimestampLessThan", "TimestampGreaterThan",
            "TimestampLessThanEquals", "TimestampGreaterThanEquals", "IsNull", "IsPresent", "IsNumeric", "IsString",
            "IsBoolean", "IsTimestamp");

    private ChoiceRules() {}

    /** The comparison operator of a rule (the key that is not Variable/Next/Assign/Comment), if any. */
    static Optional<String> operatorOf(JsonNode rule) {
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (COMPARISONS.contains(name)) {
                return Optional.of(name);
            }
            boolean pathForm = name.endsWith("Path") && !name.startsWith("Is")
                    && COMPARISONS.contains(name.substring(0, name.length() - "Path".length()));
            if (pathForm) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * @param resolve reads a path ({@code $.x}, {@code $$.x}, {@code $var}) and returns empty when it selects nothing
     */
    static boolean matches(JsonNode rule, Function<String, Optional<JsonNode>> resolve) {
        if (rule.has("And")) {
            for (JsonNode inner : rule.get("And")) {
                if (!matches(inner, resolve)) {
                    return false;
                }
            }
            return true;
        }
        if (rule.has("Or")) {
            for (JsonNode inner : rule.get("Or")) {
                if (matches(inner, resolve)) {
                    return true;
                }
            }
            return false;
        }
        if (rule.has("Not")) {
            return !matches(rule.get("Not"), resolve);
        }
        String operator = operatorOf(rule).orElseThrow(() -> new IllegalArgumentException("rule without operator"));
        Optional<JsonNode> variable = resolve.apply(rule.path("Variable").asText());
        JsonNode argument = rule.get(operator);
        if (operator.equals("IsPresent")) {
            return variable.isPresent() == argument.asBoolean();
        }
        if (variable.isEmpty()) {
            throw new MissingVariableException(rule.path("Variable").asText());
        }
        JsonNode value = variable.get();
        switch (operator) {
            case "IsNull":
                return value.isNull() == argument.asBoolean();
            case "IsNumeric":
                return value.isNumber() == argument.asBoolean();
            case "IsString":
                return value.isTextual() == argument.asBoolean();
            case "IsBoolean":
                return value.isBoolean() == argument.asBoolean();
            case "IsTimestamp":
                return (timestamp(value) != null) == argument.asBoolean();
            default:
                break;
        }
        String comparison = operator;
        if (operator.endsWith("Path")) {
            comparison = operator.substring(0, operator.length() - 4);
            Optional<JsonNode> resolved = resolve.apply(argument.asText());
            if (resolved.isEmpty()) {
                throw new MissingVariableException(argument.asText());
            }
            argument = resolved.get();
        }
        return compare(comparison, value, argument);
    }

    private static boolean compare(String operator, JsonNode value, JsonNode argument) {
        if (operator.startsWith("String")) {
            if (!value.isTextual() || !argument.isTextual()) {
                return false;
            }
            if (operator.equals("StringMatches")) {
                return wildcardMatches(value.textValue(), argument.textValue());
            }
            return ordered(operator.substring("String".length()), value.textValue().compareTo(argument.textValue()));
        }
        if (operator.startsWith("Numeric")) {
            if (!value.isNumber() || !argument.isNumber()) {
                return false;
            }
            return ordered(operator.substring("Numeric".length()), value.decimalValue().compareTo(argument.decimalValue()));
        }
        if (operator.equals("BooleanEquals")) {
            return value.isBoolean() && argument.isBoolean() && value.booleanValue() == argument.booleanValue();
        }
        if (operator.startsWith("Timestamp")) {
            OffsetDateTime left = timestamp(value);
            OffsetDateTime right = timestamp(argument);
            if (left == null || right == null) {
                return false;
            }
            return ordered(operator.substring("Timestamp".length()), left.toInstant().compareTo(right.toInstant()));
        }
        return false;
    }

    private static boolean ordered(String relation, int order) {
        return switch (relation) {
            case "Equals" -> order == 0;
            case "LessThan" -> order < 0;
            case "GreaterThan" -> order > 0;
            case "LessThanEquals" -> order <= 0;
            case "GreaterThanEquals" -> order >= 0;
            default -> false;
        };
    }

    /** An RFC 3339 timestamp ({@code 2016-03-14T01:59:00Z}, optional fraction, Z or offset), else null. */
    static OffsetDateTime timestamp(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.textValue();
        if (text.length() < 20 || text.charAt(10) != 'T') {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** StringMatches: {@code *} matches any run of characters, {@code \*} a literal star, {@code \\} a backslash. */
    static boolean wildcardMatches(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    /** A rule's Variable (or ...Path argument) selects nothing. */
    static final class MissingVariableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        MissingVariableException(String path) {
            super(path);
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
