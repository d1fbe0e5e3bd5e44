package se.inera.kundportal.local.asl.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSONPath expression as Step Functions reads it: a root ({@code $} the data, {@code $$} the
 * context object, {@code $name} a variable) followed by dot or bracket steps, indexes,
 * {@code [*]}, slices, unions, {@code ..} deep scan and {@code [?(@.x < 5)]} filters.
 * A path without wildcard, slice, union, filter or deep scan is definite: it selects at most one
 * value (a reference path). An indefinite path always yields an array of its matches.
 */
public final class JsonPath {
    private final String text;
    private final String root;
    private final List<Step> steps;

    private JsonPath(String text, String root, List<Step> steps) {
        this.text = text;
        this.root = root;
        this.steps = steps;
    }

    /** @throws IllegalArgumentException when the text is not a JSONPath. */
    public static JsonPath compile(String text) {
        return new Parser(text).parse();
    }

    public static boolean looksLikePath(String text) {
        return text != null && text.startsWith("$");
    }

    public String text() {
        return text;
    }

    /** {@code "$"}, {@code "$$"} or the variable name for {@code $name...}. */
    public String root() {
        return root;
    }

    public boolean isContextPath() {
        return root.equals("$$");
    }

    public boolean isVariablePath() {
        return !root.equals("$") && !root.equals("$$");
    }

    public boolean isDefinite() {
        return steps.stream().allMatch(Step::definite);
    }

    public boolean isRootOnly() {
        return steps.isEmpty();
    }

    /** The path's steps in bracket notation, e.g. {@code $['a'][0]}, as AWS prints it in errors. */
    public String bracketNotation() {
        StringBuilder out = new StringBuilder("$");
        for (Step step : steps) {
            out.append(step.bracketNotation());
        }
        return out.toString();
    }

    /** All values the path selects under {@code rootValue}. */
    public List<JsonNode> select(JsonNode rootValue) {
        List<JsonNode> current = List.of(rootValue);
        for (Step step : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                step.apply(node, next);
            }
            current = next;
        }
        return current;
    }

    /** The value of a definite path (empty when absent), or the array of matches of an indefinite one. */
    public Optional<JsonNode> read(JsonNode rootValue) {
        List<JsonNode> matches = select(rootValue);
        if (isDefinite()) {
            return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
        }
        ArrayNode array = Json.MAPPER.createArrayNode();
        matches.forEach(array::add);
        return Optional.of(array);
    }

    /**
     * Places {@code value} at this (definite) path inside a copy of {@code target}, creating missing
     * objects on the way, the way ResultPath does.
     *
     * @throws IllegalStateException when a step meets a value that is not an object.
     */
    public JsonNode placeInto(JsonNode target, JsonNode value) {
        if (steps.isEmpty()) {
            return value;
        }
        JsonNode copy = target == null ? Json.object() : target.deepCopy();
        if (!copy.isObject() && !(copy.isArray() && steps.get(0) instanceof IndexStep)) {
            throw new IllegalStateException("not an object");
        }
        JsonNode parent = copy;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step instanceof FieldStep field && parent instanceof ObjectNode object) {
                if (last) {
                    object.set(field.name, value);
                } else {
                    JsonNode child = object.get(field.name);
                    if (child == null || child.isNull()) {
                        child = Json.object();
                        object.set(field.name, child);
                    } else if (!child.isContainerNode()) {
                        throw new IllegalStateException("not an object");
                    }
                    parent = child;
                }
            } else if (step instanceof IndexStep index && parent instanceof ArrayNode array) {
                int position = index.index < 0 ? array.size() + index.index : index.index;
                if (position < 0 || position >= array.size()) {
                    throw new IllegalStateException("index out of bounds");
                }
                if (last) {
                    array.set(position, value);
                } else {
                    parent = array.get(position);
                }
            } else {
                throw new IllegalStateException("not an object");
            }
        }
        return copy;
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Step {
        void apply(JsonNode node, List<JsonNode> out);

        default boolean definite() {
            return false;
        }

        String bracketNotation();
    }

    private record FieldStep(String name) implements Step {
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isObject() && node.has(name)) {
                out.add(node.get(name));
            }
        }

        public boolean definite() {
            return true;
        }

        public String bracketNotation() {
            return "['" + name + "']";
        }
    }

    private record IndexStep(int index) implements Step {
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isArray()) {
                int position = index < 0 ? node.size() + index : index;
                if (position >= 0 && position < node.size()) {
                    out.add(node.get(position));
                }
            }
        }

        public boolean definite() {
            return true;
        }

        public String bracketNotation() {
            return "[" + index + "]";
        }
    }

    private record WildcardStep() implements Step {
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isContainerNode()) {
                node.elements().forEachRemaining(out::add);
            }
        }

        public String bracketNotation() {
            return "[*]";
        }
    }

    private record UnionStep(List<Object> keys) implements Step {
        public void apply(JsonNode node, List<JsonNode> out) {
            for (Object key : keys) {
                if (key instanceof Integer index) {
                    new IndexStep(index).apply(node, out);
                } else {
                    new FieldStep((String) key).apply(node, out);
                }
            }
        }

        public String bracketNotation() {
            List<String> parts = new ArrayList<>();
            for (Object key : keys) {
                parts.add(key instanceof Integer ? key.toString() : "'" + key + "'");
            }
            return "[" + String.join(",", parts) + "]";
        }
    }

    private record SliceStep(Integer start, Integer end, int stride) implements Step {
        public void apply(JsonNode node, List<JsonNode> out) {
            if (!node.isArray() || stride <= 0) {
                return;
            }
            int size = node.size();
            int from = start == null ? 0 : normalise(start, size);
            int to = end == null ? size : normalise(end, size);
            for (int i = from; i < to; i += stride) {
                out.add(node.get(i));
            }
        }

        private static int normalise(int position, int size) {
            int absolute = position < 0 ? size + position : position;
            return Math.max(0, Math.min(size, absolute));
        }

        public String bracketNotation() {
            return "[" + (start == null ? "" : start) + ":" + (end == null ? "" : end) + "]";
        }
    }

    /** {@code ..name} or {@code ..*}: the node and all its descendants, then the inner step. */
    private record DeepScanStep(Step inner) implements Step {
        public void apply(JsonNode node, List<JsonNode> out) {
            inner.apply(node, out);
            if (node.isContainerNode()) {
                for (JsonNode child : node) {
                    apply(child, out);
                }
            }
        }

        public String bracketNotation() {
            return ".." + inner.bracketNotation();
        }
    }

    private record FilterStep(Filter filter, String source) implements Step {
        public void apply(JsonNode node, List<JsonNode> out) {
            if (node.isArray()) {
                for (JsonNode element : node) {
                    if (filter.test(element)) {
                        out.add(element);
                    }
                }
            } else if (node.isObject() && filter.test(node)) {
                out.add(node);
            }
        }

        public String bracketNotation() {
            return "[?(" + source + ")]";
        }
    }

    private interface Filter {
        boolean test(JsonNode candidate);
    }

    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        JsonPath parse() {
            if (text == null || !text.startsWith("$")) {
                throw invalid();
            }
            String root;
            if (text.startsWith("$$")) {
                root = "$$";
                position = 2;
            } else {
                position = 1;
                while (position < text.length() && isNameChar(text.charAt(position))) {
                    position++;
                }
                root = position == 1 ? "$" : text.substring(1, position);
            }
            List<Step> steps = new ArrayList<>();
            while (position < text.length()) {
                steps.add(step());
            }
            return new JsonPath(text, root, List.copyOf(steps));
        }

        private Step step() {
            char c = text.charAt(position);
            if (text.startsWith("..", position)) {
                position += 2;
                if (position < text.length() && text.charAt(position) == '[') {
                    return new DeepScanStep(bracket());
                }
                return new DeepScanStep(dottedName());
            }
            if (c == '.') {
                position++;
                return dottedName();
            }
            if (c == '[') {
                return bracket();
            }
            throw invalid();
        }

        private Step dottedName() {
            if (position < text.length() && text.charAt(position) == '*') {
                position++;
                return new WildcardStep();
            }
            int start = position;
            while (position < text.length() && text.charAt(position) != '.' && text.charAt(position) != '[') {
                position++;
            }
            if (start == position) {
                throw invalid();
            }
            return new FieldStep(text.substring(start, position));
        }

        private Step bracket() {
            int close = closingBracket();
            String inside = text.substring(position + 1, close).trim();
            position = close + 1;
            if (inside.equals("*")) {
                return new WildcardStep();
            }
            if (inside.startsWith("?(") && inside.endsWith(")")) {
                String source = inside.substring(2, inside.length() - 1).trim();
                return new FilterStep(new FilterParser(source, text).parse(), source);
            }
            if (inside.contains(":") && !isQuoted(inside)) {
                String[] parts = inside.split(":", -1);
                return new SliceStep(optionalInt(parts[0]), optionalInt(parts[1]),
                        parts.length > 2 && !parts[2].isBlank() ? Integer.parseInt(parts[2].trim()) : 1);
            }
            List<Object> keys = new ArrayList<>();
            for (String part : splitUnion(inside)) {
                String key = part.trim();
                if (isQuoted(key)) {
                    keys.add(key.substring(1, key.length() - 1));
                } else {
                    try {
                        keys.add(Integer.parseInt(key));
                    } catch (NumberFormatException e) {
                        throw invalid();
                    }
                }
            }
            if (keys.size() == 1) {
                return keys.get(0) instanceof Integer index ? new IndexStep(index) : new FieldStep((String) keys.get(0));
            }
            return new UnionStep(List.copyOf(keys));
        }

        private int closingBracket() {
            int depth = 0;
            char quote = 0;
            for (int i = position; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i;
                }
            }
            throw invalid();
        }

        private static List<String> splitUnion(String inside) {
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            char quote = 0;
            for (char c : inside.toCharArray()) {
                if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote == 0 && c == ',') {
                    parts.add(current.toString());
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            parts.add(current.toString());
            return parts;
        }

        private static boolean isQuoted(String s) {
            return s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0);
        }

        private Integer optionalInt(String s) {
            try {
                return s.isBlank() ? null : Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private IllegalArgumentException invalid() {
            return new IllegalArgumentException("Invalid JSONPath: " + text);
        }
    }

    /** Filter expressions: comparisons of {@code @...} against literals or other {@code @} paths, {@code &&}, {@code ||}, {@code !}, parentheses. */
    private static final class FilterParser {
        private final String source;
        private final String wholePath;
        private int position;

        FilterParser(String source, String wholePath) {
            this.source = source;
            this.wholePath = wholePath;
        }

        Filter parse() {
            Filter filter = or();
            skipSpaces();
            if (position != source.length()) {
                throw new IllegalArgumentException("Invalid JSONPath: " + wholePath);
            }
            return filter;
        }

        private Filter or() {
            Filter left = and();
            while (consume("||")) {
                Filter l = left;
                Filter r = and();
                left = node -> l.test(node) || r.test(node);
            }
            return left;
        }

        private Filter and() {
            Filter left = unary();
            while (consume("&&")) {
                Filter l = left;
                Filter r = unary();
                left = node -> l.test(node) && r.test(node);
            }
            return left;
        }

        private Filter unary() {
            if (consume("!")) {
                Filter inner = unary();
                return node -> !inner.test(node);
            }
            if (consume("(")) {
                Filter inner = or();
                if (!consume(")")) {
                    throw new IllegalArgumentException("Invalid JSONPath: " + wholePath);
                }
                return inner;
            }
            Operand left = operand();
            for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
                if (consume(operator)) {
                    Operand right = operand();
                    return node -> compare(left.value(node), operator, right.value(node));
                }
            }
            return node -> {
                JsonNode value = left.value(node);
                return value != null && !value.isMissingNode();
            };
        }

        private Operand operand() {
            skipSpaces();
            int start = position;
            if (source.startsWith("@", position)) {
                position++;
                while (position < source.length() && !isOperatorStart(source.charAt(position))) {
                    position++;
                }
                JsonPath relative = JsonPath.compile("$" + source.substring(start + 1, position).trim());
                return node -> relative.read(node).orElse(null);
            }
            if (position < source.length() && (source.charAt(position) == '\'' || source.charAt(position) == '"')) {
                char quote = source.charAt(position);
                int end = source.indexOf(quote, position + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Invalid JSONPath: " + wholePath);
                }
                JsonNode literal = Json.MAPPER.getNodeFactory().textNode(source.substring(position + 1, end));
                position = end + 1;
                return node -> literal;
            }
            while (position < source.length() && !isOperatorStart(source.charAt(position))) {
                position++;
            }
            JsonNode literal = Json.parse(source.substring(start, position).trim());
            return node -> literal;
        }

        private static boolean isOperatorStart(char c) {
            return "=!<>&|) ".indexOf(c) >= 0;
        }

        private boolean consume(String token) {
            skipSpaces();
            if (source.startsWith(token, position)) {
                position += token.length();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (position < source.length() && source.charAt(position) == ' ') {
                position++;
            }
        }

        private static boolean compare(JsonNode left, String operator, JsonNode right) {
            if (left == null || right == null) {
                return operator.equals("!=") && (left == null) != (right == null);
            }
            if (left.isNumber() && right.isNumber()) {
                int order = left.decimalValue().compareTo(right.decimalValue());
                return switch (operator) {
                    case "==" -> order == 0;
                    case "!=" -> order != 0;
                    case "<" -> order < 0;
                    case "<=" -> order <= 0;
                    case ">" -> order > 0;
                    default -> order >= 0;
                };
            }
            if (left.isTextual() && right.isTextual()) {
                int order = left.textValue().compareTo(right.textValue());
                return switch (operator) {
                    case "==" -> order == 0;
                    case "!=" -> order != 0;
                    case "<" -> order < 0;
                    case "<=" -> order <= 0;
                    case ">" -> order > 0;
                    default -> order >= 0;
                };
            }
            return switch (operator) {
                case "==" -> left.equals(right);
                case "!=" -> !left.equals(right);
                default -> false;
            };
        }
    }

    private interface Operand {
        JsonNode value(JsonNode candidate);
    }
}
