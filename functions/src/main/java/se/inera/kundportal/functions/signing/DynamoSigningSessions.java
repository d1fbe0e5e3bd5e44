package se.inera.kundportal.functions.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.SigningSession;
import se.inera.kundportal.core.agreement.SigningSessions;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.functions.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * {@link SigningSessions} in the one table, in the link's partition {@code SIGNING#<linkId>}: the
 * issued link ({@link Keys#signingLinkIssued}, SK {@code LINK}) and its BankID order
 * ({@link Keys#signingSession}, SK {@code BANKID_ORDER}). Both carry the TTL attribute
 * ({@link Keys#TTL}) at the link's expiry plus {@link SigningSessions#GRACE}; DynamoDB deletes
 * late, so reads treat an item past it as absent. Read consistently, since collect follows start
 * within seconds.
 */
public final class DynamoSigningSessions implements SigningSessions {
    private final DynamoDbClient dynamoDb;
    private final String tableName;
    /** Judges whether an item's TTL has passed: DynamoDB deletes expired items late, dynalite never. */
    private final Clock clock;

    /** @param clock the clock the agreements' deadlines are judged by (the same one signing judges them by) */
    public DynamoSigningSessions(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void linkIssued(LinkId link, AgreementId agreement, Instant linkExpiresAt) {
        // A plain put: the same link is only ever issued for one agreement, so repeating it rewrites the same item.
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.signingLinkIssued(link)));
        item.put("type", s("SIGNING_LINK"));
        item.put("agreementId", s(agreement.value()));
        item.put("linkExpiresAt", s(linkExpiresAt.toString()));
        item.put(Keys.TTL, keptUntil(linkExpiresAt));
        dynamoDb.putItem(PutItemRequest.builder().tableName(tableName).item(item).build());
    }

    @Override
    public Optional<AgreementId> agreementOfLink(LinkId link) {
        return read(Keys.signingLinkIssued(link)).map(item -> new AgreementId(item.get("agreementId").s()));
    }

    @Override
    public void save(SigningSession session) {
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.signingSession(session.link())));
        item.putAll(Map.of(
                "type", s("SIGNING_SESSION"),
                "agreementId", s(session.agreement().value()),
                "orderRef", s(session.orderRef()),
                "qrStartToken", s(session.qrStartToken()),
                "qrStartSecret", s(session.qrStartSecret()),
                "documentHash", s(session.documentHash()),
                "startedAt", s(session.startedAt().toString()),
                "linkExpiresAt", s(session.linkExpiresAt().toString()),
                Keys.TTL, keptUntil(session.linkExpiresAt())));
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
        return read(Keys.signingSession(link)).map(item -> {
            Optional<SigningSession.Completion> completion = Optional.ofNullable(item.get("completion"))
                    .map(AttributeValue::m).map(data -> new SigningSession.Completion(data.get("personalNumber").s(),
                            data.get("name").s(), data.get("signature").s(), data.get("ocspResponse").s(),
                            Instant.parse(data.get("completedAt").s())));
            return new SigningSession(link, new AgreementId(item.get("agreementId").s()),
                    item.get("orderRef").s(), item.get("qrStartToken").s(), item.get("qrStartSecret").s(),
                    item.get("documentHash").s(), Instant.parse(item.get("startedAt").s()),
                    Instant.parse(item.get("linkExpiresAt").s()), completion);
        });
    }

    /** The item, unless it is missing or past its TTL (which DynamoDB may not have acted on yet). */
    private Optional<Map<String, AttributeValue>> read(Keys.Key key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder().tableName(tableName)
                .key(key(key)).consistentRead(true).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue ttl = item.get(Keys.TTL);
        if (ttl != null && Long.parseLong(ttl.n()) <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(item);
    }

    private static AttributeValue keptUntil(Instant linkExpiresAt) {
        return AttributeValue.fromN(Long.toString(linkExpiresAt.plus(GRACE).getEpochSecond()));
    }

    private static Map<String, AttributeValue> key(Keys.Key key) {
        return Map.of(Keys.PK, s(key.pk()), Keys.SK, s(key.sk()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
