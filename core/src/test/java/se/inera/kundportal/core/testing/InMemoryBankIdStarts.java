package se.inera.kundportal.core.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import se.inera.kundportal.core.agreement.BankIdStarts;
import se.inera.kundportal.core.common.LinkId;

/** {@link BankIdStarts} in memory: one count per link, atomically. */
public final class InMemoryBankIdStarts implements BankIdStarts {
    private final Map<LinkId, Integer> counted = new ConcurrentHashMap<>();

    @Override
    public boolean tryCount(LinkId link, Instant forgetAfter) {
        int before = counted.getOrDefault(link, 0);
        return before < MAX_PER_LINK && counted.merge(link, 1, Integer::sum) <= MAX_PER_LINK;
    }

    public int counted(LinkId link) {
        return counted.getOrDefault(link, 0);
    }
}
