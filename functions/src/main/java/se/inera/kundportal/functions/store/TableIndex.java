package se.inera.kundportal.functions.store;

import java.util.List;
import java.util.Optional;

/** The table's key schemas: the base table and its two global secondary indexes. */
enum TableIndex {
    TABLE(Optional.empty(), Keys.PK, Keys.SK),
    GSI1(Optional.of(Keys.GSI1), Keys.GSI1PK, Keys.GSI1SK),
    GSI2(Optional.of(Keys.GSI2), Keys.GSI2PK, Keys.GSI2SK);

    private final Optional<String> indexName;
    private final String partitionKey;
    private final String sortKey;

    TableIndex(Optional<String> indexName, String partitionKey, String sortKey) {
        this.indexName = indexName;
        this.partitionKey = partitionKey;
        this.sortKey = sortKey;
    }

    Optional<String> indexName() {
        return indexName;
    }

    String partitionKey() {
        return partitionKey;
    }

    String sortKey() {
        return sortKey;
    }

    /**
     * The attributes of a LastEvaluatedKey on this index: its own keys, and for a GSI also the
     * table's keys (DynamoDB needs both to resume).
     */
    List<String> cursorAttributes() {
        return this == TABLE ? List.of(Keys.PK, Keys.SK) : List.of(partitionKey, sortKey, Keys.PK, Keys.SK);
    }
}
