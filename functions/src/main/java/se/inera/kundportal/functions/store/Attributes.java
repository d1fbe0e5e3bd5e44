package se.inera.kundportal.functions.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writing and reading attribute values by hand (no Enhanced Client, no reflection: cold starts
 * matter). Instants are stored as ISO-8601 strings with full precision so they round-trip exactly;
 * nested values use native map and list attributes. A required attribute that is missing means a
 * corrupt or foreign item, which is an infrastructure failure, not a domain error.
 */
final class Attributes {
    private Attributes() {
    }

    static AttributeValue string(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    static AttributeValue instant(Instant value) {
        return AttributeValue.fromS(value.toString());
    }

    static AttributeValue map(Map<String, AttributeValue> value) {
        return AttributeValue.fromM(value);
    }

    static AttributeValue listOfMaps(List<Map<String, AttributeValue>> maps) {
        return AttributeValue.fromL(maps.stream().map(AttributeValue::fromM).toList());
    }

    static AttributeValue listOfStrings(List<String> strings) {
        return AttributeValue.fromL(strings.stream().map(AttributeValue::fromS).toList());
    }

    // --- reading --------------------------------------------------------------------------------

    static String string(Map<String, AttributeValue> item, String name) {
        return optionalString(item, name).orElseThrow(() -> missing(item, name));
    }

    static Optional<String> optionalString(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw missing(item, name);
        }
        return Long.parseLong(value.n());
    }

    static int integer(Map<String, AttributeValue> item, String name) {
        return Math.toIntExact(number(item, name));
    }

    static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.bool() == null) {
            throw missing(item, name);
        }
        return value.bool();
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.parse(string(item, name));
    }

    static Optional<Instant> optionalInstant(Map<String, AttributeValue> item, String name) {
        return optionalString(item, name).map(Instant::parse);
    }

    static <E extends Enum<E>> E enumValue(Map<String, AttributeValue> item, String name, Class<E> type) {
        return Enum.valueOf(type, string(item, name));
    }

    static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
        return optionalMap(item, name).orElseThrow(() -> missing(item, name));
    }

    static Optional<Map<String, AttributeValue>> optionalMap(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasM() ? Optional.empty() : Optional.of(value.m());
    }

    /** A list of maps, each turned into a domain value; a missing list reads as empty. */
    static <T> List<T> maps(Map<String, AttributeValue> item, String name,
                            Function<Map<String, AttributeValue>, T> reader) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(AttributeValue::m).map(reader).toList();
    }

    static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(AttributeValue::s).toList();
    }

    private static IllegalStateException missing(Map<String, AttributeValue> item, String name) {
        AttributeValue pk = item.get(Keys.PK);
        return new IllegalStateException("stored item " + (pk == null ? "(nested)" : pk.s())
                + " lacks required attribute " + name);
    }
}
