package se.inera.kundportal.local.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions a template uses for values the gateway needs ({@code Ref}, {@code Fn::GetAtt},
 * {@code Fn::Sub}) from values the runtime supplies: {@code "Table" → "kundportal"},
 * {@code "UserPool.Arn" → "arn:…"}, {@code "AWS::Region" → "eu-north-1"}. A parameter of type
 * {@code CommaDelimitedList} is given as its comma-separated text, as CloudFormation takes it.
 */
public final class TemplateValues {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final Map<String, String> values;

    private TemplateValues(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static TemplateValues of(Map<String, String> values) {
        return new TemplateValues(values);
    }

    public static TemplateValues none() {
        return new TemplateValues(Map.of());
    }

    /** The text a template value stands for, or empty when it refers to something not supplied. */
    public Optional<String> text(Object templateValue) {
        if (templateValue == null) {
            return Optional.empty();
        }
        if (templateValue instanceof String || templateValue instanceof Number || templateValue instanceof Boolean) {
            return Optional.of(String.valueOf(templateValue));
        }
        if (templateValue instanceof Map<?, ?> function && function.size() == 1) {
            Map.Entry<?, ?> entry = function.entrySet().iterator().next();
            Object argument = entry.getValue();
            return switch (String.valueOf(entry.getKey())) {
                case "Ref" -> Optional.ofNullable(values.get(String.valueOf(argument)));
                case "Fn::GetAtt" -> Optional.ofNullable(values.get(attributeName(argument)));
                case "Fn::Sub" -> substitute(argument);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** A list value: a YAML sequence, or a reference to a comma-delimited list parameter. */
    public Optional<List<String>> list(Object templateValue) {
        if (templateValue instanceof List<?> items) {
            List<String> resolved = new ArrayList<>();
            for (Object item : items) {
                Optional<String> text = text(item);
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                resolved.add(text.get());
            }
            return Optional.of(List.copyOf(resolved));
        }
        return text(templateValue).map(joined -> Arrays.stream(joined.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList());
    }

    private static String attributeName(Object argument) {
        if (argument instanceof List<?> parts) {
            return String.valueOf(parts.get(0)) + "." + parts.get(1);
        }
        return String.valueOf(argument);
    }

    private Optional<String> substitute(Object argument) {
        String pattern;
        Map<?, ?> localValues = Map.of();
        if (argument instanceof List<?> parts && parts.size() == 2 && parts.get(1) instanceof Map<?, ?> map) {
            pattern = String.valueOf(parts.get(0));
            localValues = map;
        } else {
            pattern = String.valueOf(argument);
        }
        Matcher variable = SUB_VARIABLE.matcher(pattern);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            Optional<String> value = localValues.containsKey(name) ? text(localValues.get(name))
                    : Optional.ofNullable(values.get(name));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(value.get()));
        }
        variable.appendTail(result);
        return Optional.of(result.toString().replace("${!", "${"));
    }
}
