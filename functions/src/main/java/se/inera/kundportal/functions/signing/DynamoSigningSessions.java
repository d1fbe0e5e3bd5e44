package se.inera.kundportal.functions.signing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.functions.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Signing sessions in the one table, one item per signing link: {@code SIGNING#<linkId>} /
 * {@code BANKID_ORDER}, never expiring (it is what tells a used link from an unknown one). Read
 * consistently, since collect follows start within seconds.
 */
public final class DynamoSigningSessions implements SigningSessions {
    static final String PARTITION_PREFIX = "SIGNING#";
    static final String SORT_KEY = "BANKID_ORDER";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoSigningSessions(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    @Override
    public void save(SigningSession session) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                Keys.PK, s(PARTITION_PREFIX + session.link().value()),
                Keys.SK, s(SORT_KEY),
                "type", s("SIGNING_SESSION"),
                "agreementId", s(session.agreement().value()),
                "orderRef", s(session.orderRef()),
                "qrStartToken", s(session.qrStartToken()),
                "qrStartSecret", s(session.qrStartSecret()),
                "documentHash", s(session.documentHash()),
                "startedAt", s(session.startedAt().toString())));
        session.completion().ifPresent(completion -> item.put("completion", AttributeValue.fromM(Map.of(
                "personalNumber", s(completion.personalNumber()),
                "name", s(completion.name()),
                "signature", s(completion.signature()),
                "ocspResponse", s(completion.ocspResponse()),
                "completedAt", s(completion.completedAt().toString())))));
        dynamoDb.putItem(PutItemRequest.builder().tableName(tableName).item(item).build());
    }

    @Override
    public Optional<SigningSession> find(LinkId link) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder().tableName(tableName)
                .key(Map.of(Keys.PK, s(PARTITION_PREFIX + link.value()), Keys.SK, s(SORT_KEY)))
                .consistentRead(true).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Optional<SigningSession.Completion> completion = Optional.ofNullable(item.get("completion"))
                .map(AttributeValue::m).map(data -> new SigningSession.Completion(data.get("personalNumber").s(),
                        data.get("name").s(), data.get("signature").s(), data.get("ocspResponse").s(),
                        Instant.parse(data.get("completedAt").s())));
        return Optional.of(new SigningSession(link, new AgreementId(item.get("agreementId").s()),
                item.get("orderRef").s(), item.get("qrStartToken").s(), item.get("qrStartSecret").s(),
                item.get("documentHash").s(), Instant.parse(item.get("startedAt").s()), completion));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
