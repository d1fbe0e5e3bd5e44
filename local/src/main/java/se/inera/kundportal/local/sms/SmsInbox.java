package se.inera.kundportal.local.sms;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The captured messages, newest first, holding at most {@code capacity} (the oldest are dropped). Thread-safe. */
public final class SmsInbox {
    public static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final Deque<CapturedSms> newestFirst = new ArrayDeque<>();

    public SmsInbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void add(CapturedSms sms) {
        newestFirst.addFirst(sms);
        while (newestFirst.size() > capacity) {
            newestFirst.removeLast();
        }
    }

    /** Newest first; only those to {@code phoneNumber} when given. */
    public synchronized List<CapturedSms> messages(Optional<String> phoneNumber) {
        return newestFirst.stream()
                .filter(sms -> phoneNumber.map(sms.phoneNumber()::equals).orElse(true))
                .toList();
    }

    public synchronized void clear() {
        newestFirst.clear();
    }
}
