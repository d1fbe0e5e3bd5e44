package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.number;
import static se.inera.kundportal.functions.store.Attributes.string;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.workflow.CallbackKey;
import se.inera.kundportal.core.workflow.ParkedCallback;
import se.inera.kundportal.core.workflow.WorkflowCallbacks;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Task tokens of waiting workflows, one item per awaited event in the awaited thing's partition
 * ({@code APP#<id>} / {@code CALLBACK#APPLICATION_DECISION}, {@code AGREEMENT#<id>} /
 * {@code CALLBACK#AGREEMENT_SIGNATURE}). The token is a secret: it is stored here only, never in
 * audit records or messages. While parked, the item is also in GSI2 under {@code PARKEDCALLBACK}, oldest first, for
 * the sweeper ({@code Rendezvous.heal}). The item carries the TTL attribute a day after the wait times out;
 * until then an expired token is still returned (the caller decides), after it the item reads as gone.
 */
public final class DynamoWorkflowCallbacks implements WorkflowCallbacks {
    static final Duration RETENTION_AFTER_TIMEOUT = Duration.ofDays(1);

    private final DynamoTable table;

    DynamoWorkflowCallbacks(DynamoTable table) {
        this.table = table;
    }

    /** One unconditional put: a workflow that waits again replaces its earlier token. */
    @Override
    public void park(CallbackKey key, String taskToken, Instant expiresAt) {
        ParkedCallback parked = new ParkedCallback(key, taskToken, table.clock().instant(), expiresAt);
        table.put(ItemBuilder.forKey(Keys.callback(key))
                .with("type", "WORKFLOW_CALLBACK")
                .with("kind", key.kind())
                .with("subjectId", key.subjectId())
                .with("taskToken", parked.taskToken())
                .with("parkedAt", parked.parkedAt())
                .with("callbackExpiresAt", parked.expiresAt())
                .with(Keys.GSI2PK, Keys.PARKED_CALLBACKS)
                .with(Keys.GSI2SK, Keys.parkedCallbackSortKey(parked.parkedAt(), key))
                .with(Keys.TTL, expiresAt.plus(RETENTION_AFTER_TIMEOUT).getEpochSecond())
                .build());
    }

    @Override
    public Optional<ParkedCallback> find(CallbackKey key) {
        return table.get(Keys.callback(key))
                .filter(item -> table.clock().instant().getEpochSecond() < number(item, Keys.TTL))
                .map(item -> parkedCallback(key, item));
    }

    /** Query of the sparse GSI2 partition of parked tokens, oldest first; never a scan. */
    @Override
    public Page<ParkedCallback> parked(PageRequest page) {
        Page<Map<String, AttributeValue>> items = table.queryPage(
                DynamoTable.Query.partition(TableIndex.GSI2, Keys.PARKED_CALLBACKS), page);
        return new Page<>(items.items().stream().map(item -> parkedCallback(
                new CallbackKey(CallbackKey.Kind.valueOf(string(item, "kind")), string(item, "subjectId")), item))
                .toList(), items.nextCursor());
    }

    private static ParkedCallback parkedCallback(CallbackKey key, Map<String, AttributeValue> item) {
        return new ParkedCallback(key, string(item, "taskToken"), instant(item, "parkedAt"),
                instant(item, "callbackExpiresAt"));
    }

    /** Conditional on the token, so clearing a used token never removes a newer one parked meanwhile. */
    @Override
    public boolean clear(CallbackKey key, String taskToken) {
        return table.deleteIf(Keys.callback(key), new DynamoTable.Condition("#token = :token",
                Map.of("#token", "taskToken"), Map.<String, AttributeValue>of(":token",
                        Attributes.string(taskToken)))).isEmpty();
    }
}
