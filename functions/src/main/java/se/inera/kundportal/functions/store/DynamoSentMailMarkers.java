package se.inera.kundportal.functions.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.SentMailMarkers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Once-only mail markers: {@code MAIL#<subjectId>} / {@code MAIL#<mailKey>}. Claiming is
 * {@code attribute_not_exists(PK)} on that one item, so of two concurrent senders exactly one wins;
 * every later change is conditional on the state (and claim time) it expects. Until the mail is
 * confirmed as sent the marker is in GSI2 under {@code UNCONFIRMEDMAIL} (the operator's list) and may
 * hold a copy of the built mail for a resend; the SENT marker replaces the item without either.
 */
public final class DynamoSentMailMarkers implements SentMailMarkers {
    private static final String STATE = "state";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String MESSAGE = "message";

    private final DynamoTable table;

    public DynamoSentMailMarkers(DynamoDbClient client, String tableName, Clock clock) {
        this.table = new DynamoTable(client, tableName, clock);
    }

    @Override
    public boolean claim(String subjectId, String mailKey) {
        Instant now = table.clock().instant();
        return table.putIf(ItemBuilder.forKey(key(subjectId, mailKey))
                .with("type", "SENT_MAIL_MARKER")
                .with("subjectId", subjectId)
                .with("mailKey", mailKey)
                .with(STATE, MarkerState.CLAIMED)
                .with(CLAIMED_AT, now)
                .with(Keys.GSI2PK, Keys.UNCONFIRMED_MAILS)
                .with(Keys.GSI2SK, Keys.unconfirmedMailSortKey(now, subjectId, mailKey))
                .build(), DynamoTable.Condition.itemAbsent()).isEmpty();
    }

    @Override
    public void attach(String subjectId, String mailKey, MailMessage message) {
        Map<String, AttributeValue> copy = ItemBuilder.nested()
                .with("to", message.to())
                .with("subject", message.subject())
                .with("htmlBody", message.htmlBody())
                .with("textBody", message.textBody())
                .build();
        table.updateIf(key(subjectId, mailKey), "SET #message = :message", new DynamoTable.Condition(
                "#state = :claimed", Map.of("#state", STATE, "#message", MESSAGE),
                Map.of(":claimed", Attributes.string(MarkerState.CLAIMED.name()), ":message", Attributes.map(copy))));
    }

    @Override
    public void markSent(String subjectId, String mailKey, String messageId) {
        table.put(ItemBuilder.forKey(key(subjectId, mailKey))
                .with("type", "SENT_MAIL_MARKER")
                .with("subjectId", subjectId)
                .with("mailKey", mailKey)
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
    public void markUncertain(String subjectId, String mailKey, String reason) {
        table.updateIf(key(subjectId, mailKey), "SET #state = :uncertain, #reason = :reason",
                new DynamoTable.Condition("#state = :claimed OR #state = :resending",
                        Map.of("#state", STATE, "#reason", "reason"),
                        Map.of(":uncertain", Attributes.string(MarkerState.UNCERTAIN.name()),
                                ":claimed", Attributes.string(MarkerState.CLAIMED.name()),
                                ":resending", Attributes.string(MarkerState.RESENDING.name()),
                                ":reason", Attributes.string(reason))));
    }

    @Override
    public Optional<MarkerState> find(String subjectId, String mailKey) {
        return table.get(key(subjectId, mailKey))
                .map(item -> Attributes.enumValue(item, STATE, MarkerState.class));
    }

    @Override
    public Optional<UnconfirmedMail> findUnconfirmed(String subjectId, String mailKey) {
        return table.get(key(subjectId, mailKey)).filter(item -> item.containsKey(Keys.GSI2PK))
                .map(DynamoSentMailMarkers::unconfirmedMail);
    }

    /** Query of the sparse GSI2 partition; it holds only mails in flight or needing an operator. */
    @Override
    public List<UnconfirmedMail> unconfirmed() {
        return table.queryAll(DynamoTable.Query.partition(TableIndex.GSI2, Keys.UNCONFIRMED_MAILS)).stream()
                .map(DynamoSentMailMarkers::unconfirmedMail).toList();
    }

    @Override
    public boolean claimResend(UnconfirmedMail seen, Instant now) {
        return table.updateIf(key(seen.subjectId(), seen.mailKey()),
                "SET #state = :resending, #claimedAt = :now", new DynamoTable.Condition(
                        "#state = :seenState AND #claimedAt = :seenClaimedAt",
                        Map.of("#state", STATE, "#claimedAt", CLAIMED_AT),
                        Map.of(":resending", Attributes.string(MarkerState.RESENDING.name()),
                                ":now", Attributes.instant(now),
                                ":seenState", Attributes.string(seen.state().name()),
                                ":seenClaimedAt", Attributes.instant(seen.claimedAt())))).refusal().isEmpty();
    }

    private static UnconfirmedMail unconfirmedMail(Map<String, AttributeValue> item) {
        return new UnconfirmedMail(Attributes.string(item, "subjectId"), Attributes.string(item, "mailKey"),
                Attributes.enumValue(item, STATE, MarkerState.class), Attributes.instant(item, CLAIMED_AT),
                Attributes.optionalString(item, "reason"),
                Attributes.optionalMap(item, MESSAGE).map(copy -> new MailMessage(Attributes.string(copy, "to"),
                        Attributes.string(copy, "subject"), Attributes.string(copy, "htmlBody"),
                        Attributes.string(copy, "textBody"))));
    }

    private static Keys.Key key(String subjectId, String mailKey) {
        if (subjectId.isBlank() || mailKey.isBlank() || (subjectId + mailKey).chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("marker keys must be non-blank text");
        }
        return Keys.sentMailMarker(subjectId, mailKey);
    }
}
