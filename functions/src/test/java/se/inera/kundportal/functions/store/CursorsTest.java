package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.error.ValidationException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorsTest {
    private static final Map<String, AttributeValue> LAST_KEY = Map.of(
            Keys.GSI2PK, AttributeValue.fromS("ORDERSTATUS#ATTESTED"),
            Keys.GSI2SK, AttributeValue.fromS("2026-11-29T07:00:00.000000000Z#order-1"),
            Keys.PK, AttributeValue.fromS("ORDER#order-1"),
            Keys.SK, AttributeValue.fromS("ORDER"));

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesWhatItEncodedToTheSameKey() {
        String cursor = Cursors.encode(TableIndex.GSI2, LAST_KEY);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursors.decode(cursor, TableIndex.GSI2, "ORDERSTATUS#ATTESTED")).isEqualTo(LAST_KEY);
    }

    @Test
    void rejectsACursorOfAnotherPartition() {
        String cursor = Cursors.encode(TableIndex.GSI2, LAST_KEY);

        assertThatThrownBy(() -> Cursors.decode(cursor, TableIndex.GSI2, "ORDERSTATUS#DELIVERED"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("cursor"));
    }

    @Test
    void rejectsCursorsThatAreNotBase64OrHaveTheWrongShape() {
        assertThatThrownBy(() -> Cursors.decode("not base64!", TableIndex.GSI2, "ORDERSTATUS#ATTESTED"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Cursors.decode(encode("ORDERSTATUS#ATTESTED\nonly-two"), TableIndex.GSI2,
                "ORDERSTATUS#ATTESTED")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Cursors.decode(encode("ORDERSTATUS#ATTESTED\n\nORDER#1\nORDER"), TableIndex.GSI2,
                "ORDERSTATUS#ATTESTED")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Cursors.decode("", TableIndex.TABLE, "AUDIT#ORDER#1"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void encodesTheTablesOwnKeysForABaseTableQuery() {
        Map<String, AttributeValue> key = Map.of(Keys.PK, AttributeValue.fromS("AUDIT#ORDER#1"),
                Keys.SK, AttributeValue.fromS("2026-11-29T07:00:00.000000000Z#r1"));

        assertThat(Cursors.decode(Cursors.encode(TableIndex.TABLE, key), TableIndex.TABLE, "AUDIT#ORDER#1"))
                .isEqualTo(key);
    }
}
