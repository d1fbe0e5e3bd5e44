package se.inera.kundportal.functions.store;

import java.time.Instant;
import java.util.Map;

import se.inera.kundportal.core.agreement.BankIdStarts;
import se.inera.kundportal.core.common.LinkId;

/**
 * The BankID orders started per link, one counter item each ({@link Keys#bankIdStarts}): one UpdateItem adds one
 * on the condition that the count is still below the limit, so two starts at once cannot both take the last one.
 */
public final class DynamoBankIdStarts implements BankIdStarts {
    private static final String COUNT = "started";

    private final DynamoTable table;

    DynamoBankIdStarts(DynamoTable table) {
        this.table = table;
    }

    @Override
    public boolean tryCount(LinkId link, Instant forgetAfter) {
        DynamoTable.Condition belowLimit = new DynamoTable.Condition(
                "attribute_not_exists(#count) OR #count < :limit",
                Map.of("#count", COUNT, "#type", "type", "#ttl", Keys.TTL),
                Map.of(":limit", Attributes.number(MAX_PER_LINK), ":one", Attributes.number(1),
                        ":zero", Attributes.number(0), ":type", Attributes.string("BANKID_STARTS"),
                        ":ttl", Attributes.number(forgetAfter.getEpochSecond())));
        return table.updateIf(Keys.bankIdStarts(link),
                "SET #count = if_not_exists(#count, :zero) + :one, #type = :type, #ttl = :ttl", belowLimit)
                .refusal().isEmpty();
    }
}
