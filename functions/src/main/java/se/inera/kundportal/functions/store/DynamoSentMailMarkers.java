package se.inera.kundportal.functions.store;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.functions.mail.SentMailMarkers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Once-only mail markers: {@code MAIL#<subjectId>} / {@code MAIL#<mailKey>}. Claiming is
 * {@code attribute_not_exists(PK)} on that one item, so of two concurrent senders exactly one
 * wins; releasing only removes a claim that was never confirmed as sent.
 */
public final class DynamoSentMailMarkers implements SentMailMarkers {
    private static final String STATE = "state";

    private final DynamoTable table;

    public DynamoSentMailMarkers(DynamoDbClient client, String tableName, Clock clock) {
        this.table = new DynamoTable(client, tableName, clock);
    }

    @Override
    public boolean claim(String subjectId, String mailKey) {
        return table.putIf(ItemBuilder.forKey(key(subjectId, mailKey))
                .with("type", "SENT_MAIL_MARKER")
                .with(STATE, MarkerState.CLAIMED)
                .with("claimedAt", table.clock().instant())
                .build(), DynamoTable.Condition.itemAbsent()).isEmpty();
    }

    @Override
    public void markSent(String subjectId, String mailKey, String messageId) {
        table.put(ItemBuilder.forKey(key(subjectId, mailKey))
                .with("type", "SENT_MAIL_MARKER")
                .with(STATE, MarkerState.SENT)
                .with("messageId", messageId)
                .with("sentAt", table.clock().instant())
                .build());
    }

    @Override
    public void release(String subjectId, String mailKey) {
        table.deleteIf(key(subjectId, mailKey), new DynamoTable.Condition("#state = :claimed",
                Map.of("#state", STATE), Map.of(":claimed", Attributes.string(MarkerState.CLAIMED.name()))));
    }

    @Override
    public Optional<MarkerState> find(String subjectId, String mailKey) {
        return table.get(key(subjectId, mailKey))
                .map(item -> Attributes.enumValue(item, STATE, MarkerState.class));
    }

    private static Keys.Key key(String subjectId, String mailKey) {
        if (subjectId.isBlank() || mailKey.isBlank() || (subjectId + mailKey).chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("marker keys must be non-blank text");
        }
        return Keys.sentMailMarker(subjectId, mailKey);
    }
}
