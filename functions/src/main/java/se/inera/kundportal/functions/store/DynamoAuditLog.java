package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.map;
import static se.inera.kundportal.functions.store.Attributes.optionalString;
import static se.inera.kundportal.functions.store.Attributes.string;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The audit trail (granskningslogg): one item per record, in its subject's partition
 * ({@code AUDIT#<TYPE>#<id>}), and on GSI1 under its organisation. Appending is conditional on the
 * key being free, so a retried append of the same record (same id and time) stores it once.
 */
public final class DynamoAuditLog implements AuditLog {
    private final DynamoTable table;

    DynamoAuditLog(DynamoTable table) {
        this.table = table;
    }

    @Override
    public void append(AuditRecord record) {
        Keys.Key key = new Keys.Key(Keys.auditOf(record.subject()), Keys.auditSortKey(record.at(), record.id()));
        ItemBuilder item = ItemBuilder.forKey(key)
                .with("type", "AUDIT")
                .with("recordId", record.id())
                .with("at", record.at())
                .with("actor", ValueMapping.actor(record.actor()))
                .with("subjectType", record.subject().type())
                .with("subjectId", record.subject().id())
                .with("action", record.action())
                .with("details", Attributes.map(details(record.details())))
                .withOptional("organisation", record.organisation().map(Organisationsnummer::value));
        record.organisation().ifPresent(organisation -> item.withIndex(Keys.GSI1PK,
                Keys.auditOfOrganisation(organisation), Keys.GSI1SK, key.sk()));
        // A refusal means this very record is already stored (a retry): nothing to do.
        table.putIf(item.build(), DynamoTable.Condition.itemAbsent());
    }

    /**
     * Appends the record of a state change made by a repository adapter. The record id is derived
     * from the change (e.g. {@code ORDER:<id>:v3:ORDER_STATUS_CHANGED}), so a retry of the same change
     * cannot add a second record.
     */
    void recordChange(Instant at, Actor actor, AuditSubject subject, Optional<Organisationsnummer> organisation,
                      String action, long version, Map<String, String> details) {
        recordChange(at, actor, subject, organisation, action, "v" + version, details);
    }

    /** As above, with {@code change} telling this change of the subject from its others. */
    void recordChange(Instant at, Actor actor, AuditSubject subject, Optional<Organisationsnummer> organisation,
                      String action, String change, Map<String, String> details) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("change", change);
        append(new AuditRecord(subject.type().name() + ":" + subject.id() + ":" + change + ":" + action, at, actor,
                subject, organisation, action, all));
    }

    @Override
    public Page<AuditRecord> findByOrganisation(Organisationsnummer organisation, PageRequest page) {
        return read(table.queryPage(DynamoTable.Query.partition(TableIndex.GSI1,
                Keys.auditOfOrganisation(organisation)).descending(), page));
    }

    @Override
    public Page<AuditRecord> findBySubject(AuditSubject subject, PageRequest page) {
        return read(table.queryPage(DynamoTable.Query.partition(TableIndex.TABLE, Keys.auditOf(subject))
                .descending(), page));
    }

    private static Page<AuditRecord> read(Page<Map<String, AttributeValue>> items) {
        return new Page<>(items.items().stream().map(DynamoAuditLog::record).toList(), items.nextCursor());
    }

    private static AuditRecord record(Map<String, AttributeValue> item) {
        Map<String, String> details = new LinkedHashMap<>();
        map(item, "details").forEach((name, value) -> details.put(name, value.s()));
        return new AuditRecord(string(item, "recordId"), instant(item, "at"), ValueMapping.actor(map(item, "actor")),
                new AuditSubject(enumValue(item, "subjectType", AuditSubject.Type.class), string(item, "subjectId")),
                optionalString(item, "organisation").map(Organisationsnummer::new), string(item, "action"), details);
    }

    private static Map<String, AttributeValue> details(Map<String, String> details) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        details.forEach((name, value) -> values.put(name, Attributes.string(value)));
        return values;
    }
}
