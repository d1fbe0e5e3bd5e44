package se.inera.kundportal.standins;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The DynamoDB table as {@code template.yaml} declares it, so local tables have exactly the deployed keys and indexes.
 * Only what shapes the data is kept (keys, attribute definitions, GSIs, billing mode, TTL attribute); PITR,
 * SSE, deletion protection and tags are deployment concerns the stand-ins do not model.
 */
public record TableDefinition(String logicalId,
                              List<AttributeDefinition> attributeDefinitions,
                              List<KeySchemaElement> keySchema,
                              List<GlobalSecondaryIndex> globalSecondaryIndexes,
                              BillingMode billingMode,
                              Optional<String> timeToLiveAttribute) {

    private static final String TABLE_TYPE = "AWS::DynamoDB::Table";
    /** Only used when a template declares PROVISIONED without numbers we can read; the stand-ins ignore capacity. */
    private static final Duration ACTIVE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration ACTIVE_POLL_INTERVAL = Duration.ofMillis(100);
    private static final ProvisionedThroughput NOMINAL_THROUGHPUT =
            ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(5L).build();

    public TableDefinition {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
        Objects.requireNonNull(billingMode, "billingMode");
        Objects.requireNonNull(timeToLiveAttribute, "timeToLiveAttribute");
    }

    /** The template's only {@code AWS::DynamoDB::Table}; fails if there is none or more than one. */
    public static TableDefinition fromTemplate(SamTemplate template) {
        Map<String, Map<String, Object>> tables = template.resourcesOfType(TABLE_TYPE);
        if (tables.size() != 1) {
            throw new IllegalArgumentException(template.source() + " declares " + tables.size() + " " + TABLE_TYPE
                    + " resources " + tables.keySet() + "; name the one you mean with fromTemplate(template, logicalId)");
        }
        return fromTemplate(template, tables.keySet().iterator().next());
    }

    public static TableDefinition fromTemplate(SamTemplate template, String logicalId) {
        Map<String, Object> resource = template.resourcesOfType(TABLE_TYPE).get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException(template.source() + " has no " + TABLE_TYPE + " named " + logicalId);
        }
        String where = logicalId + ".Properties";
        Map<String, Object> properties = SamTemplate.mapAt(resource, "Properties", logicalId);

        List<AttributeDefinition> attributes = SamTemplate.listAt(properties, "AttributeDefinitions", where).stream()
                .map(entry -> SamTemplate.asStringMap(entry, where + ".AttributeDefinitions"))
                .map(entry -> AttributeDefinition.builder()
                        .attributeName(text(entry, "AttributeName", where))
                        .attributeType(text(entry, "AttributeType", where))
                        .build())
                .toList();
        List<GlobalSecondaryIndex> indexes = properties.containsKey("GlobalSecondaryIndexes")
                ? SamTemplate.listAt(properties, "GlobalSecondaryIndexes", where).stream()
                        .map(entry -> globalSecondaryIndex(SamTemplate.asStringMap(entry, where + ".GlobalSecondaryIndexes")))
                        .toList()
                : List.of();
        BillingMode billingMode = properties.containsKey("BillingMode")
                ? BillingMode.fromValue(text(properties, "BillingMode", where))
                : BillingMode.PROVISIONED;
        Optional<String> timeToLive = Optional.ofNullable(properties.get("TimeToLiveSpecification"))
                .map(spec -> SamTemplate.asStringMap(spec, where + ".TimeToLiveSpecification"))
                .filter(spec -> Boolean.TRUE.equals(spec.get("Enabled")))
                .map(spec -> text(spec, "AttributeName", where + ".TimeToLiveSpecification"));

        return new TableDefinition(logicalId, attributes, keySchema(properties, where), indexes, billingMode, timeToLive);
    }

    /** The CreateTable request for this definition under the given name. */
    public CreateTableRequest createTableRequest(String tableName) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(attributeDefinitions)
                .keySchema(keySchema)
                .billingMode(billingMode);
        List<GlobalSecondaryIndex> indexes = globalSecondaryIndexes;
        if (billingMode == BillingMode.PROVISIONED) {
            request.provisionedThroughput(NOMINAL_THROUGHPUT);
            indexes = indexes.stream()
                    .map(index -> index.toBuilder().provisionedThroughput(NOMINAL_THROUGHPUT).build())
                    .toList();
        }
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    /**
     * Creates the table, waits until it is ACTIVE, and enables TTL where the endpoint supports it
     * (dynalite does not implement UpdateTimeToLive; real DynamoDB and LocalStack do).
     */
    public void createTable(DynamoDbClient dynamoDb, String tableName) {
        dynamoDb.createTable(createTableRequest(tableName));
        awaitActive(dynamoDb, tableName);
        timeToLiveAttribute.ifPresent(attribute -> enableTimeToLive(dynamoDb, tableName, attribute));
    }

    /**
     * Polls until the table and all its indexes are ACTIVE. Not the SDK's waiter: it waits 20 s between checks,
     * while dynalite needs half a second.
     */
    private static void awaitActive(DynamoDbClient dynamoDb, String tableName) {
        Instant deadline = Instant.now().plus(ACTIVE_TIMEOUT);
        while (true) {
            TableDescription table = dynamoDb.describeTable(request -> request.tableName(tableName)).table();
            boolean active = table.tableStatus() == TableStatus.ACTIVE
                    && table.globalSecondaryIndexes().stream()
                            .allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE);
            if (active) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Table " + tableName + " is not ACTIVE after " + ACTIVE_TIMEOUT
                        + ": " + table.tableStatus());
            }
            try {
                Thread.sleep(ACTIVE_POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for table " + tableName, e);
            }
        }
    }

    private static void enableTimeToLive(DynamoDbClient dynamoDb, String tableName, String attribute) {
        try {
            dynamoDb.updateTimeToLive(request -> request.tableName(tableName)
                    .timeToLiveSpecification(spec -> spec.attributeName(attribute).enabled(true)));
        } catch (DynamoDbException e) {
            if (!isUnsupportedOperation(e)) {
                throw e;
            }
        }
    }

    private static boolean isUnsupportedOperation(DynamoDbException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code != null && code.contains("UnknownOperation");
    }

    private static GlobalSecondaryIndex globalSecondaryIndex(Map<String, Object> index) {
        String name = text(index, "IndexName", "GlobalSecondaryIndexes");
        String where = "GlobalSecondaryIndexes." + name;
        Map<String, Object> projection = SamTemplate.mapAt(index, "Projection", where);
        Projection.Builder projectionBuilder = Projection.builder()
                .projectionType(text(projection, "ProjectionType", where + ".Projection"));
        if (projection.containsKey("NonKeyAttributes")) {
            projectionBuilder.nonKeyAttributes(SamTemplate.listAt(projection, "NonKeyAttributes", where).stream()
                    .map(String::valueOf).toList());
        }
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(keySchema(index, where))
                .projection(projectionBuilder.build())
                .build();
    }

    private static List<KeySchemaElement> keySchema(Map<String, Object> owner, String where) {
        return SamTemplate.listAt(owner, "KeySchema", where).stream()
                .map(entry -> SamTemplate.asStringMap(entry, where + ".KeySchema"))
                .map(entry -> KeySchemaElement.builder()
                        .attributeName(text(entry, "AttributeName", where))
                        .keyType(text(entry, "KeyType", where))
                        .build())
                .toList();
    }

    /** A literal string property; an intrinsic function here (e.g. {@code !Ref}) cannot be resolved locally. */
    private static String text(Map<String, Object> owner, String key, String where) {
        Object value = owner.get(key);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(where + "." + key + " must be a literal string to create the table "
                    + "locally, but is " + value);
        }
        return text;
    }
}
