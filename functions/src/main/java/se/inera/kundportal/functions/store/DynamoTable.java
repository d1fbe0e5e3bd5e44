package se.inera.kundportal.functions.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The one table, with the few operations the adapters use: consistent GetItem / BatchGetItem,
 * Query (never Scan) with cursor paging, and conditional Put/Update/Delete that report a failed
 * condition as a value carrying the stored item instead of an SDK exception.
 */
final class DynamoTable {
    /** BatchGetItem takes at most 100 keys per call. */
    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbClient client;
    private final String tableName;
    private final Clock clock;

    DynamoTable(DynamoDbClient client, String tableName, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Clock clock() {
        return clock;
    }

    /** A condition expression with its placeholders. */
    record Condition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        static Condition itemAbsent() {
            return new Condition("attribute_not_exists(#pk)", Map.of("#pk", Keys.PK), Map.of());
        }

        static Condition versionIs(long version) {
            return new Condition("attribute_exists(#pk) AND #version = :expectedVersion",
                    Map.of("#pk", Keys.PK, "#version", "version"),
                    Map.of(":expectedVersion", Attributes.number(version)));
        }

        Condition and(Condition other) {
            Map<String, String> allNames = new HashMap<>(names);
            allNames.putAll(other.names);
            Map<String, AttributeValue> allValues = new HashMap<>(values);
            allValues.putAll(other.values);
            return new Condition("(" + expression + ") AND (" + other.expression + ")", allNames, allValues);
        }
    }

    /**
     * A write refused by its condition, with the item as stored when it was refused (empty when
     * there is none). Taken from the refusal itself ({@code ALL_OLD}); stand-ins that do not return
     * it get a consistent read instead.
     */
    record Refusal(Optional<Map<String, AttributeValue>> current) {
    }

    Optional<Map<String, AttributeValue>> get(Keys.Key key) {
        Map<String, AttributeValue> item = client.getItem(request -> request.tableName(tableName)
                .key(keyOf(key)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Consistent reads of many keys; missing items are left out, order is not kept. */
    List<Map<String, AttributeValue>> getAll(List<Keys.Key> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        List<Keys.Key> distinct = keys.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> chunk = distinct.subList(from, Math.min(distinct.size(),
                    from + BATCH_GET_LIMIT)).stream().map(DynamoTable::keyOf).toList();
            Map<String, KeysAndAttributes> pending = Map.of(tableName,
                    KeysAndAttributes.builder().keys(chunk).consistentRead(true).build());
            for (int round = 0; !pending.isEmpty(); round++) {
                if (round > 0) {
                    backOff(round);
                }
                Map<String, KeysAndAttributes> requestItems = pending;
                BatchGetItemResponse response = client.batchGetItem(request -> request.requestItems(requestItems));
                found.addAll(response.responses().getOrDefault(tableName, List.of()));
                // Throttled keys come back unprocessed; asking again, after a pause, is what the API expects.
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    private static void backOff(int round) {
        try {
            Thread.sleep(Math.min(1000L, 25L << Math.min(round, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading unprocessed keys", e);
        }
    }

    void put(Map<String, AttributeValue> item) {
        client.putItem(request -> request.tableName(tableName).item(item));
    }

    Optional<Refusal> putIf(Map<String, AttributeValue> item, Condition condition) {
        try {
            client.putItem(request -> request.tableName(tableName).item(item)
                    .conditionExpression(condition.expression())
                    .expressionAttributeNames(condition.names())
                    .expressionAttributeValues(nullIfEmpty(condition.values()))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException refused) {
            return Optional.of(refusal(refused, new Keys.Key(
                    item.get(Keys.PK).s(), item.get(Keys.SK).s())));
        }
    }

    Optional<Refusal> deleteIf(Keys.Key key, Condition condition) {
        try {
            client.deleteItem(request -> request.tableName(tableName).key(keyOf(key))
                    .conditionExpression(condition.expression())
                    .expressionAttributeNames(condition.names())
                    .expressionAttributeValues(nullIfEmpty(condition.values()))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException refused) {
            return Optional.of(refusal(refused, key));
        }
    }

    /** The outcome of a conditional update: the item after it, or the refusal. */
    record UpdateOutcome(Optional<Map<String, AttributeValue>> updated, Optional<Refusal> refusal) {
    }

    /**
     * UpdateItem (for set arithmetic such as adding a role), returning the whole item afterwards.
     * {@code update} and {@code condition} share the placeholder maps.
     */
    UpdateOutcome updateIf(Keys.Key key, String update, Condition condition) {
        try {
            UpdateItemResponse response = client.updateItem(request -> request.tableName(tableName).key(keyOf(key))
                    .updateExpression(update)
                    .conditionExpression(condition.expression())
                    .expressionAttributeNames(condition.names())
                    .expressionAttributeValues(nullIfEmpty(condition.values()))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new UpdateOutcome(Optional.of(response.attributes()), Optional.empty());
        } catch (ConditionalCheckFailedException refused) {
            return new UpdateOutcome(Optional.empty(), Optional.of(refusal(refused, key)));
        }
    }

    /** What to query: one partition of the table or an index, optionally a sort-key prefix. */
    record Query(TableIndex index, String partition, Optional<String> sortKeyPrefix, boolean newestFirst) {
        static Query partition(TableIndex index, String partition) {
            return new Query(index, partition, Optional.empty(), false);
        }

        Query withSortKeyPrefix(String prefix) {
            return new Query(index, partition, Optional.of(prefix), newestFirst);
        }

        Query descending() {
            return new Query(index, partition, sortKeyPrefix, true);
        }
    }

    /** One page; the cursor is checked to belong to this query's partition. */
    Page<Map<String, AttributeValue>> queryPage(Query query, PageRequest page) {
        Optional<Map<String, AttributeValue>> startKey = page.cursor()
                .map(cursor -> Cursors.decode(cursor, query.index(), query.partition()));
        QueryResponse response = client.query(request(query, startKey, Optional.of(page.limit())));
        Optional<String> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Optional.of(Cursors.encode(query.index(), response.lastEvaluatedKey()))
                : Optional.empty();
        return new Page<>(response.items(), next);
    }

    /** Every item of the query, following LastEvaluatedKey; only for partitions known to stay small. */
    List<Map<String, AttributeValue>> queryAll(Query query) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Optional<Map<String, AttributeValue>> startKey = Optional.empty();
        do {
            QueryResponse response = client.query(request(query, startKey, Optional.empty()));
            items.addAll(response.items());
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? Optional.of(response.lastEvaluatedKey()) : Optional.empty();
        } while (startKey.isPresent());
        return items;
    }

    private QueryRequest request(Query query, Optional<Map<String, AttributeValue>> startKey,
                                 Optional<Integer> limit) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        names.put("#pk", query.index().partitionKey());
        values.put(":pk", AttributeValue.fromS(query.partition()));
        String keyCondition = "#pk = :pk";
        if (query.sortKeyPrefix().isPresent()) {
            names.put("#sk", query.index().sortKey());
            values.put(":prefix", AttributeValue.fromS(query.sortKeyPrefix().get()));
            keyCondition += " AND begins_with(#sk, :prefix)";
        }
        QueryRequest.Builder request = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression(keyCondition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(!query.newestFirst());
        query.index().indexName().ifPresent(request::indexName);
        // A GSI cannot be read consistently; the base table can, and is.
        if (query.index() == TableIndex.TABLE) {
            request.consistentRead(true);
        }
        startKey.ifPresent(request::exclusiveStartKey);
        limit.ifPresent(request::limit);
        return request.build();
    }

    private Refusal refusal(ConditionalCheckFailedException refused, Keys.Key key) {
        if (refused.hasItem() && !refused.item().isEmpty()) {
            return new Refusal(Optional.of(refused.item()));
        }
        // Either nothing is stored, or the endpoint ignores ReturnValuesOnConditionCheckFailure
        // (dynalite does): read it to tell which.
        return new Refusal(get(key));
    }

    static Map<String, AttributeValue> keyOf(Keys.Key key) {
        return Map.of(Keys.PK, AttributeValue.fromS(key.pk()), Keys.SK, AttributeValue.fromS(key.sk()));
    }

    private static Map<String, AttributeValue> nullIfEmpty(Map<String, AttributeValue> values) {
        // DynamoDB rejects an empty ExpressionAttributeValues map.
        return values.isEmpty() ? null : values;
    }
}
