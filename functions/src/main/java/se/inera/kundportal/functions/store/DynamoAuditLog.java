package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.map;
import static se.inera.kundportal.functions.store.Attributes.optionalString;
import static se.inera.kundportal.functions.store.Attributes.string;

import java.util.LinkedHashMap;
import java.util.Map;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The audit trail (granskningslogg), written by core's use cases only: one item per record, keyed by
 * its id's parts in its subject's partition ({@code AUDIT#<TYPE>#<id>}, {@code RECORD#<change>#<action>}),
 * listed by time on GSI2 (the subject's trail) and on GSI1 (its organisation's). Appending is
 * conditional on the key being free, so the same change recorded again by a retried step is stored
 * once, the first time.
 */
public final class DynamoAuditLog implements AuditLog {
    private final DynamoTable table;

    DynamoAuditLog(DynamoTable table) {
        this.table = table;
    }

    @Override
    public void append(AuditRecord record) {
        String byTime = Keys.auditByTime(record.at(), record.id());
        ItemBuilder item = ItemBuilder.forKey(Keys.auditRecord(record.subject(), record.change(), record.action()))
                .with("type", "AUDIT")
                .with("recordId", record.id())
                .with("at", record.at())
                .with("actor", ValueMapping.actor(record.actor()))
                .with("subjectType", record.subject().type())
                .with("subjectId", record.subject().id())
                .with("change", record.change())
                .with("action", record.action())
                .with("details", Attributes.map(details(record.details())))
                .withOptional("organisation", record.organisation().map(Organisationsnummer::value))
                .withIndex(Keys.GSI2PK, Keys.auditOf(record.subject()), Keys.GSI2SK, byTime);
        record.organisation().ifPresent(organisation -> item.withIndex(Keys.GSI1PK,
                Keys.auditOfOrganisation(organisation), Keys.GSI1SK, byTime));
        // A refusal means this very change is recorded already (a retried step): nothing to do.
        table.putIf(item.build(), DynamoTable.Condition.itemAbsent());
    }

    @Override
    public Page<AuditRecord> findByOrganisation(Organisationsnummer organisation, PageRequest page) {
        return read(table.queryPage(DynamoTable.Query.partition(TableIndex.GSI1,
                Keys.auditOfOrganisation(organisation)).descending(), page));
    }

    @Override
    public Page<AuditRecord> findBySubject(AuditSubject subject, PageRequest page) {
        return read(table.queryPage(DynamoTable.Query.partition(TableIndex.GSI2, Keys.auditOf(subject))
                .descending(), page));
    }

    private static Page<AuditRecord> read(Page<Map<String, AttributeValue>> items) {
        return new Page<>(items.items().stream().map(DynamoAuditLog::record).toList(), items.nextCursor());
    }

    private static AuditRecord record(Map<String, AttributeValue> item) {
        Map<String, String> details = new LinkedHashMap<>();
        map(item, "details").forEach((name, value) -> details.put(name, value.s()));
        return new AuditRecord(instant(item, "at"), ValueMapping.actor(map(item, "actor")),
                new AuditSubject(enumValue(item, "subjectType", AuditSubject.Type.class), string(item, "subjectId")),
                string(item, "change"), optionalString(item, "organisation").map(Organisationsnummer::new),
                string(item, "action"), details);
    }

    private static Map<String, AttributeValue> details(Map<String, String> details) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        details.forEach((name, value) -> values.put(name, Attributes.string(value)));
        return values;
    }
}
