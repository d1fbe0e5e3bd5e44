package se.inera.kundportal.local.asl.json;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Evaluates the JSONata of {@code {% ... %}} fields with dashjoin's JSONata, binding
 * {@code $states} and the workflow variables, and converts between Jackson trees and the plain
 * Java values JSONata works on.
 */
public final class JsonataExpressions {
    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

    private JsonataExpressions() {}

    /** True for a string of the form {@code {% expression %}}. */
    public static boolean isExpression(JsonNode value) {
        return value != null && value.isTextual() && isExpression(value.textValue());
    }

    public static boolean isExpression(String text) {
        String trimmed = text.trim();
        return trimmed.startsWith("{%") && trimmed.endsWith("%}") && trimmed.length() >= 4;
    }

    /** The expression inside {@code {% ... %}}. */
    public static String body(String template) {
        String trimmed = template.trim();
        return trimmed.substring(2, trimmed.length() - 2).trim();
    }

    /**
     * Evaluates {@code expression}; JSON null when JSONata yields nothing.
     *
     * @param extensions registers extra functions (AWS's {@code $partition}, {@code $uuid}, ...)
     * @throws JsonataException with JSONata's code and message when evaluation fails
     */
    public static JsonNode evaluate(String expression, Map<String, JsonNode> bindings, Consumer<Jsonata> extensions) {
        try {
            Jsonata compiled = Jsonata.jsonata(expression);
            extensions.accept(compiled);
            Jsonata.Frame frame = compiled.createFrame();
            for (Map.Entry<String, JsonNode> binding : bindings.entrySet()) {
                frame.bind(binding.getKey(), toJava(binding.getValue()));
            }
            Object result = compiled.evaluate(null, frame);
            return toJson(result);
        } catch (JException e) {
            throw new JsonataException(e.getError(), e.getMessage());
        } catch (RuntimeException e) {
            throw new JsonataException(null, String.valueOf(e.getMessage()));
        }
    }

    /** Jackson tree to the maps, lists, numbers and strings JSONata expects. */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isNull()) {
            return Jsonata.NULL_VALUE;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(field -> map.put(field.getKey(), toJava(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(toJava(element)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue().doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    /**
     * JSONata's result back to a Jackson tree. dashjoin's JSONata returns JSON null and "undefined"
     * both as Java null; AWS's observable behaviour (e.g. a null Map input) needs JSON null here.
     * Whole doubles become integers, as JSON numbers print in JavaScript.
     */
    public static JsonNode toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                JsonNode converted = toJson(entry.getValue());
                if (converted != null) {
                    object.set(String.valueOf(entry.getKey()), converted);
                }
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                JsonNode converted = toJson(it.next());
                if (converted != null) {
                    array.add(converted);
                }
            }
            return array;
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof Number number) {
            return numberNode(number.doubleValue());
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return NODES.textNode(value.toString());
        }
        // A function value or anything else JSONata may return has no JSON form.
        return null;
    }

    private static JsonNode numberNode(double value) {
        if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(new BigDecimal(Double.toString(value)));
    }

    /** A JSONata evaluation error; {@link #code()} is JSONata's error code such as {@code T1006} (may be null). */
    public static final class JsonataException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;

        public JsonataException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
