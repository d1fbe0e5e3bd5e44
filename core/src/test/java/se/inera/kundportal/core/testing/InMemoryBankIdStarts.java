package se.inera.kundportal.core.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import se.inera.kundportal.core.agreement.BankIdStarts;
import se.inera.kundportal.core.common.LinkId;

/** {@link BankIdStarts} in memory: one count and last start per link, decided under one lock. */
public final class InMemoryBankIdStarts implements BankIdStarts {
    private record Starts(int counted, Instant last) {
    }

    private final Map<LinkId, Starts> starts = new HashMap<>();

    @Override
    public synchronized Count tryCount(LinkId link, Instant now, Instant forgetAfter) {
        Starts before = starts.get(link);
        if (before != null && before.counted() >= MAX_PER_LINK) {
            return Count.LIMIT_REACHED;
        }
        if (before != null && before.last().isAfter(now.minus(AT_ONCE))) {
            return Count.STARTED_JUST_NOW;
        }
        starts.put(link, new Starts(before == null ? 1 : before.counted() + 1, now));
        return Count.COUNTED;
    }

    public synchronized int counted(LinkId link) {
        Starts counted = starts.get(link);
        return counted == null ? 0 : counted.counted();
    }
}
