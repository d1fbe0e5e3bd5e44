package se.inera.kundportal.functions.store;

import java.time.Instant;
import java.util.Map;

import se.inera.kundportal.core.agreement.BankIdStarts;
import se.inera.kundportal.core.common.LinkId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The BankID orders started per link, one counter item each ({@link Keys#bankIdStarts}): one UpdateItem adds one and
 * sets the time of this start, on the condition that the count is still below the limit and that no start was
 * counted in the last {@link BankIdStarts#AT_ONCE}, so two starts at once cannot both take the last one, nor both ask
 * BankID. A refusal tells which by the item it was refused on.
 */
public final class DynamoBankIdStarts implements BankIdStarts {
    private static final String COUNT = "started";
    private static final String LAST = "lastStartedAt";

    private final DynamoTable table;

    DynamoBankIdStarts(DynamoTable table) {
        this.table = table;
    }

    @Override
    public Count tryCount(LinkId link, Instant now, Instant forgetAfter) {
        DynamoTable.Condition free = new DynamoTable.Condition(
                "(attribute_not_exists(#count) OR #count < :limit) AND (attribute_not_exists(#last) OR #last <= :atOnce)",
                Map.of("#count", COUNT, "#last", LAST, "#type", "type", "#ttl", Keys.TTL),
                Map.of(":limit", Attributes.number(MAX_PER_LINK), ":one", Attributes.number(1),
                        ":zero", Attributes.number(0), ":type", Attributes.string("BANKID_STARTS"),
                        ":now", Attributes.number(now.toEpochMilli()),
                        ":atOnce", Attributes.number(now.minus(AT_ONCE).toEpochMilli()),
                        ":ttl", Attributes.number(forgetAfter.getEpochSecond())));
        return table.updateIf(Keys.bankIdStarts(link),
                        "SET #count = if_not_exists(#count, :zero) + :one, #last = :now, #type = :type, #ttl = :ttl", free)
                .refusal().map(refused -> refused.current().map(DynamoBankIdStarts::whyRefused)
                        .orElseThrow(() -> new IllegalStateException("a start was refused on no item")))
                .orElse(Count.COUNTED);
    }

    private static Count whyRefused(Map<String, AttributeValue> item) {
        return item.containsKey(COUNT) && Attributes.number(item, COUNT) >= MAX_PER_LINK
                ? Count.LIMIT_REACHED : Count.STARTED_JUST_NOW;
    }
}
