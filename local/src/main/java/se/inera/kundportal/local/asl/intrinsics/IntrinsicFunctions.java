package se.inera.kundportal.local.asl.intrinsics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * AWS Step Functions' {@code States.*} intrinsic functions for JSONPath states.
 *
 * <p>{@link #evaluate} parses an expression once (parsed calls are cached by text) and evaluates it
 * against a {@link PathResolver}. Failures are {@link IntrinsicException}s carrying AWS's error name,
 * {@code States.Runtime} for every argument problem, and a message the engine prefixes with
 * "An error occurred while executing the state ...".
 */
public final class IntrinsicFunctions {
    static final String RUNTIME = "States.Runtime";

    /** AWS's limits: ArrayRange output size, Base64 input/output sizes, Hash input size. */
    static final int MAX_RANGE_SIZE = 1000;
    static final int MAX_BASE64_ENCODE_INPUT = 10_000;
    static final int MAX_BASE64_DECODE_INPUT = 10_000;
    static final int MAX_HASH_INPUT = 10_000;

    private static final Set<String> FUNCTION_NAMES = Set.of("Format", "StringToJson", "JsonToString", "Array",
            "ArrayPartition", "ArrayContains", "ArrayRange", "ArrayGetItem", "ArrayLength", "ArrayUnique",
            "Base64Encode", "Base64Decode", "Hash", "JsonMerge", "MathRandom", "MathAdd", "StringSplit", "UUID");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, IntrinsicCall.Call> PARSED = new ConcurrentHashMap<>();

    private IntrinsicFunctions() {}

    /** Whether {@code text} (the value of a {@code .$} field) is a call of a known {@code States.*} function. */
    public static boolean isIntrinsic(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("States.")) {
            return false;
        }
        int open = trimmed.indexOf('(');
        return open > 0 && FUNCTION_NAMES.contains(trimmed.substring("States.".length(), open).strip());
    }

    /**
     * Evaluates an intrinsic expression such as {@code States.Format('Hi {}', $.name)}.
     *
     * @param resolver resolves path arguments, which are handed to it verbatim
     * @throws IntrinsicException with AWS's error name and message when parsing or evaluation fails
     */
    public static JsonNode evaluate(String expression, PathResolver resolver) {
        IntrinsicCall.Call call = PARSED.get(expression);
        if (call == null) {
            call = IntrinsicParser.parse(expression.strip());
            if (PARSED.size() < CACHE_LIMIT) {
                PARSED.put(expression, call);
            }
        }
        return evaluateCall(call, resolver);
    }

    private static JsonNode evaluateArgument(IntrinsicCall argument, PathResolver resolver) {
        if (argument instanceof IntrinsicCall.Literal literal) {
            return literal.value();
        }
        if (argument instanceof IntrinsicCall.Path path) {
            return resolver.resolve(path.path());
        }
        return evaluateCall((IntrinsicCall.Call) argument, resolver);
    }

    private static JsonNode evaluateCall(IntrinsicCall.Call call, PathResolver resolver) {
        List<JsonNode> args = new ArrayList<>(call.arguments().size());
        for (IntrinsicCall argument : call.arguments()) {
            args.add(evaluateArgument(argument, resolver));
        }
        Arguments arguments = new Arguments(call.name(), args);
        return switch (call.name()) {
            case "Format" -> format(call, arguments);
            case "StringToJson" -> stringToJson(arguments);
            case "JsonToString" -> jsonToString(arguments);
            case "Array" -> NODES.arrayNode().addAll(args);
            case "ArrayPartition" -> arrayPartition(arguments);
            case "ArrayContains" -> arrayContains(arguments);
            case "ArrayRange" -> arrayRange(arguments);
            case "ArrayGetItem" -> arrayGetItem(arguments);
            case "ArrayLength" -> arrayLength(arguments);
            case "ArrayUnique" -> arrayUnique(arguments);
            case "Base64Encode" -> base64Encode(arguments);
            case "Base64Decode" -> base64Decode(arguments);
            case "Hash" -> hash(arguments);
            case "JsonMerge" -> jsonMerge(arguments);
            case "MathRandom" -> mathRandom(arguments);
            case "MathAdd" -> mathAdd(arguments);
            case "StringSplit" -> stringSplit(arguments);
            case "UUID" -> uuid(arguments);
            default -> throw new IntrinsicException(RUNTIME, "The function 'States." + call.name() + "' is not supported");
        };
    }

    // --- generic -------------------------------------------------------------------------------

    /**
     * {@code {}} placeholders are filled in order; in a literal template {@code \{} and {@code \}} are plain
     * braces. Strings are inserted raw, null as {@code null}; objects and arrays are rejected.
     */
    private static JsonNode format(IntrinsicCall.Call call, Arguments arguments) {
        arguments.requireAtLeast(1);
        List<String> segments = templateSegments(call.arguments().get(0), arguments.string(0));
        int placeholders = segments.size() - 1;
        if (placeholders != arguments.size() - 1) {
            throw arguments.error("Number of arguments (" + (arguments.size() - 1)
                    + ") does not match the number of placeholders (" + placeholders + ") in the string");
        }
        StringBuilder result = new StringBuilder(segments.get(0));
        for (int i = 1; i < arguments.size(); i++) {
            JsonNode value = arguments.get(i);
            if (value.isContainerNode()) {
                throw arguments.error("The argument at position " + (i + 1) + " must be a string, number, boolean or null");
            }
            result.append(value.isTextual() ? value.textValue() : value.toString()).append(segments.get(i));
        }
        return NODES.textNode(result.toString());
    }

    /** Splits a template at its {@code {}} placeholders, honouring escapes when it was written as a literal. */
    private static List<String> templateSegments(IntrinsicCall templateArgument, String value) {
        boolean literal = templateArgument instanceof IntrinsicCall.Literal l && l.raw() != null;
        String text = literal ? ((IntrinsicCall.Literal) templateArgument).raw() : value;
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (literal && c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(++i);
                if ("'{}\\".indexOf(escaped) < 0) {
                    current.append('\\');
                }
                current.append(escaped);
            } else if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                segments.add(current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }

    // --- JSON ----------------------------------------------------------------------------------

    /** Blank text parses to null, as on AWS. */
    private static JsonNode stringToJson(Arguments arguments) {
        arguments.requireExactly(1);
        String text = arguments.string(0);
        if (text.isBlank()) {
            return NODES.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw arguments.error("The input string '" + text + "' could not be parsed as JSON");
        }
    }

    /** AWS's compact JSON text: no spaces after ':' or ','. */
    private static JsonNode jsonToString(Arguments arguments) {
        arguments.requireExactly(1);
        try {
            return NODES.textNode(JSON.writeValueAsString(arguments.get(0)));
        } catch (JsonProcessingException e) {
            throw arguments.error("The value could not be written as JSON");
        }
    }

    /** Shallow merge only: the second object's fields replace the first's. AWS rejects deep merging. */
    private static JsonNode jsonMerge(Arguments arguments) {
        arguments.requireExactly(3);
        ObjectNode first = arguments.object(0);
        ObjectNode second = arguments.object(1);
        if (!arguments.get(2).isBoolean()) {
            throw arguments.error("The third argument must be a boolean");
        }
        if (arguments.get(2).booleanValue()) {
            throw arguments.error("Deep merging is not supported");
        }
        ObjectNode merged = first.deepCopy();
        second.properties().forEach(field -> merged.set(field.getKey(), field.getValue()));
        return merged;
    }

    // --- arrays --------------------------------------------------------------------------------

    private static JsonNode arrayPartition(Arguments arguments) {
        arguments.requireExactly(2);
        ArrayNode array = arguments.array(0);
        long chunkSize = arguments.integer(1);
        if (chunkSize <= 0) {
            throw arguments.error("The chunk size must be greater than 0");
        }
        ArrayNode chunks = NODES.arrayNode();
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % chunkSize == 0) {
                chunk = chunks.addArray();
            }
            chunk.add(array.get(i));
        }
        return chunks;
    }

    private static JsonNode arrayContains(Arguments arguments) {
        arguments.requireExactly(2);
        ArrayNode array = arguments.array(0);
        JsonNode wanted = arguments.get(1);
        for (JsonNode element : array) {
            if (element.equals(wanted)) {
                return NODES.booleanNode(true);
            }
        }
        return NODES.booleanNode(false);
    }

    /** Start and end inclusive; the step may be negative but not zero; at most 1000 elements. */
    private static JsonNode arrayRange(Arguments arguments) {
        arguments.requireExactly(3);
        long start = arguments.integer(0);
        long end = arguments.integer(1);
        long step = arguments.integer(2);
        if (step == 0) {
            throw arguments.error("The step value cannot be 0");
        }
        long size = (end - start) / step + 1;
        if (size > MAX_RANGE_SIZE) {
            throw arguments.error("The array cannot contain more than " + MAX_RANGE_SIZE + " items");
        }
        ArrayNode range = NODES.arrayNode();
        for (long value = start; step > 0 ? value <= end : value >= end; value += step) {
            range.add(integerNode(value));
        }
        return range;
    }

    private static JsonNode arrayGetItem(Arguments arguments) {
        arguments.requireExactly(2);
        ArrayNode array = arguments.array(0);
        long index = arguments.integer(1);
        if (index < 0 || index >= array.size()) {
            throw arguments.error("The index " + index + " is out of bounds for an array of length " + array.size());
        }
        return array.get((int) index);
    }

    private static JsonNode arrayLength(Arguments arguments) {
        arguments.requireExactly(1);
        return NODES.numberNode(arguments.array(0).size());
    }

    /** Keeps the first occurrence of each value, compared as JSON values. */
    private static JsonNode arrayUnique(Arguments arguments) {
        arguments.requireExactly(1);
        Set<JsonNode> seen = new LinkedHashSet<>();
        arguments.array(0).forEach(seen::add);
        return NODES.arrayNode().addAll(seen);
    }

    // --- encoding and hashing ------------------------------------------------------------------

    private static JsonNode base64Encode(Arguments arguments) {
        arguments.requireExactly(1);
        String text = arguments.string(0);
        if (text.length() > MAX_BASE64_ENCODE_INPUT) {
            throw arguments.error("The input string cannot be longer than " + MAX_BASE64_ENCODE_INPUT + " characters");
        }
        return NODES.textNode(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode base64Decode(Arguments arguments) {
        arguments.requireExactly(1);
        String encoded = arguments.string(0);
        if (encoded.length() > MAX_BASE64_DECODE_INPUT) {
            throw arguments.error("The input string cannot be longer than " + MAX_BASE64_DECODE_INPUT + " characters");
        }
        try {
            return NODES.textNode(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw arguments.error("The input string '" + encoded + "' is not valid base64");
        }
    }

    private static JsonNode hash(Arguments arguments) {
        arguments.requireExactly(2);
        String data = arguments.string(0);
        if (data.length() > MAX_HASH_INPUT) {
            throw arguments.error("The input data cannot be longer than " + MAX_HASH_INPUT + " characters");
        }
        String algorithm = arguments.string(1);
        if (!HashAlgorithms.isSupported(algorithm)) {
            throw arguments.error("The hash algorithm '" + algorithm + "' is not supported; supported are "
                    + String.join(", ", HashAlgorithms.NAMES));
        }
        return NODES.textNode(HashAlgorithms.hexDigest(data, algorithm));
    }

    // --- math, strings, identifiers ------------------------------------------------------------

    /** Each operand is first rounded to an integer (halves towards positive infinity), as AWS does. */
    private static JsonNode mathAdd(Arguments arguments) {
        arguments.requireExactly(2);
        return integerNode(Math.round(arguments.number(0)) + Math.round(arguments.number(1)));
    }

    /** An integer in [start, end); with a seed the same arguments always give the same number. */
    private static JsonNode mathRandom(Arguments arguments) {
        if (arguments.size() != 2 && arguments.size() != 3) {
            throw arguments.error("Expected 2 or 3 arguments but got " + arguments.size());
        }
        long start = arguments.integer(0);
        long end = arguments.integer(1);
        if (end <= start) {
            throw arguments.error("The end value must be greater than the start value");
        }
        Random random = arguments.size() == 3 ? new Random(arguments.integer(2)) : ThreadLocalRandom.current();
        return integerNode(start + (long) Math.floor(random.nextDouble() * (end - start)));
    }

    /** Integers as int nodes when they fit, so results equal parsed JSON input of the same value. */
    private static JsonNode integerNode(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    /** Every character of the delimiter string is a separator; empty pieces are dropped. */
    private static JsonNode stringSplit(Arguments arguments) {
        arguments.requireExactly(2);
        String text = arguments.string(0);
        String delimiters = arguments.string(1);
        ArrayNode pieces = NODES.arrayNode();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (delimiters.indexOf(c) >= 0) {
                addUnlessEmpty(pieces, current);
            } else {
                current.append(c);
            }
        }
        addUnlessEmpty(pieces, current);
        return pieces;
    }

    private static void addUnlessEmpty(ArrayNode pieces, StringBuilder piece) {
        if (piece.length() > 0) {
            pieces.add(piece.toString());
            piece.setLength(0);
        }
    }

    private static JsonNode uuid(Arguments arguments) {
        arguments.requireExactly(0);
        return NODES.textNode(UUID.randomUUID().toString());
    }

    /** Evaluated arguments of one call, with AWS-style checks of count and type. */
    private record Arguments(String function, List<JsonNode> values) {

        int size() {
            return values.size();
        }

        JsonNode get(int index) {
            return values.get(index);
        }

        void requireExactly(int count) {
            if (values.size() != count) {
                throw error("Expected " + count + " argument" + (count == 1 ? "" : "s") + " but got " + values.size());
            }
        }

        void requireAtLeast(int count) {
            if (values.size() < count) {
                throw error("Expected at least " + count + " argument" + (count == 1 ? "" : "s") + " but got " + values.size());
            }
        }

        String string(int index) {
            JsonNode value = values.get(index);
            if (!value.isTextual()) {
                throw typeError(index, "a string", value);
            }
            return value.textValue();
        }

        ArrayNode array(int index) {
            JsonNode value = values.get(index);
            if (!value.isArray()) {
                throw typeError(index, "an array", value);
            }
            return (ArrayNode) value;
        }

        ObjectNode object(int index) {
            JsonNode value = values.get(index);
            if (!value.isObject()) {
                throw typeError(index, "a JSON object", value);
            }
            return (ObjectNode) value;
        }

        double number(int index) {
            JsonNode value = values.get(index);
            if (!value.isNumber()) {
                throw typeError(index, "a number", value);
            }
            return value.doubleValue();
        }

        /** A whole number; {@code 3.0} counts, {@code 3.5} does not. */
        long integer(int index) {
            JsonNode value = values.get(index);
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.longValue();
            }
            if (value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue())
                    && Math.abs(value.doubleValue()) < 0x1p53) {
                return (long) value.doubleValue();
            }
            throw typeError(index, "an integer", value);
        }

        IntrinsicException typeError(int index, String expected, JsonNode actual) {
            return error("The argument at position " + (index + 1) + " must be " + expected + " but was '" + actual + "'");
        }

        IntrinsicException error(String detail) {
            return new IntrinsicException(RUNTIME, "The function 'States." + function + "' failed: " + detail);
        }
    }
}
