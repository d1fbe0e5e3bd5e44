package se.inera.kundportal.functions.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.inera.kundportal.core.error.ValidationException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import se.inera.kundportal.core.message.RequestMessages;

/**
 * The opaque page cursor: a query's LastEvaluatedKey as its key values in a fixed order, joined
 * by newlines (no key value can hold one), base64url-encoded without padding. Decoding checks the
 * shape and that the cursor belongs to the same partition as the query, so a tampered or foreign
 * cursor is a validation error (400), never a storage error (500).
 */
final class Cursors {
    static final String FIELD = "cursor";
    private static final String SEPARATOR = "\n";
    private static final int MAX_LENGTH = 2048;

    private Cursors() {
    }

    static String encode(TableIndex index, Map<String, AttributeValue> lastEvaluatedKey) {
        List<String> values = new ArrayList<>();
        for (String attribute : index.cursorAttributes()) {
            AttributeValue value = lastEvaluatedKey.get(attribute);
            if (value == null || value.s() == null) {
                throw new IllegalStateException("LastEvaluatedKey lacks string attribute " + attribute);
            }
            values.add(value.s());
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param partitionValue the partition the query reads; the cursor must come from the same one
     * @throws ValidationException on field {@value #FIELD} if the cursor is not one this query issued
     */
    static Map<String, AttributeValue> decode(String cursor, TableIndex index, String partitionValue) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> attributes = index.cursorAttributes();
        String[] values = decoded.split(SEPARATOR, -1);
        if (values.length != attributes.size() || !values[0].equals(partitionValue)) {
            throw invalid();
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty() || values[i].chars().anyMatch(Character::isISOControl)) {
                throw invalid();
            }
            key.put(attributes.get(i), AttributeValue.fromS(values[i]));
        }
        return key;
    }

    private static ValidationException invalid() {
        return ValidationException.of(FIELD, RequestMessages.INVALID_PAGE_CURSOR);
    }
}
