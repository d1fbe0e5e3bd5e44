package se.inera.kundportal.functions.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds an item (or a nested map attribute) by hand. Empty optionals are left out rather than
 * stored as NULL, so {@code attribute_exists} and sparse indexes mean what they say.
 */
final class ItemBuilder {
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    static ItemBuilder nested() {
        return new ItemBuilder();
    }

    static ItemBuilder forKey(Keys.Key key) {
        return new ItemBuilder().with(Keys.PK, key.pk()).with(Keys.SK, key.sk());
    }

    ItemBuilder with(String name, String value) {
        values.put(name, Attributes.string(value));
        return this;
    }

    ItemBuilder with(String name, long value) {
        values.put(name, Attributes.number(value));
        return this;
    }

    ItemBuilder with(String name, boolean value) {
        values.put(name, Attributes.bool(value));
        return this;
    }

    ItemBuilder with(String name, Instant value) {
        values.put(name, Attributes.instant(value));
        return this;
    }

    ItemBuilder with(String name, Enum<?> value) {
        values.put(name, Attributes.string(value.name()));
        return this;
    }

    ItemBuilder with(String name, AttributeValue value) {
        values.put(name, value);
        return this;
    }

    ItemBuilder withMaps(String name, List<Map<String, AttributeValue>> maps) {
        values.put(name, Attributes.listOfMaps(maps));
        return this;
    }

    ItemBuilder withStrings(String name, List<String> strings) {
        values.put(name, Attributes.listOfStrings(strings));
        return this;
    }

    ItemBuilder withOptional(String name, Optional<String> value) {
        value.ifPresent(v -> with(name, v));
        return this;
    }

    ItemBuilder withOptionalInstant(String name, Optional<Instant> value) {
        value.ifPresent(v -> with(name, v));
        return this;
    }

    ItemBuilder withOptionalMap(String name, Optional<Map<String, AttributeValue>> value) {
        value.ifPresent(v -> with(name, Attributes.map(v)));
        return this;
    }

    ItemBuilder withIndex(String pkName, String pkValue, String skName, String skValue) {
        return with(pkName, pkValue).with(skName, skValue);
    }

    Map<String, AttributeValue> build() {
        return Map.copyOf(values);
    }

    AttributeValue asMap() {
        return Attributes.map(values);
    }
}
