package se.inera.kundportal.core.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;

/** In-memory {@link WorkflowCallbacks} for use-case and handler tests. */
public final class InMemoryWorkflowCallbacks implements WorkflowCallbacks {
    private final Map<CallbackKey, ParkedCallback> parked = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryWorkflowCallbacks(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void park(CallbackKey key, String taskToken, Instant expiresAt) {
        parked.put(key, new ParkedCallback(key, taskToken, clock.instant(), expiresAt));
    }

    @Override
    public Optional<ParkedCallback> find(CallbackKey key) {
        return Optional.ofNullable(parked.get(key));
    }

    /** Oldest parked first; the cursor is the position after the last one returned, as DynamoDB's LastEvaluatedKey. */
    @Override
    public Page<ParkedCallback> parked(PageRequest page) {
        List<ParkedCallback> after = parked.values().stream().filter(c -> page.cursor()
                        .map(cursor -> position(c).compareTo(cursor) > 0).orElse(true))
                .sorted(Comparator.comparing(InMemoryWorkflowCallbacks::position)).toList();
        List<ParkedCallback> items = after.subList(0, Math.min(after.size(), page.limit()));
        return new Page<>(items, after.size() > items.size()
                ? Optional.of(position(items.get(items.size() - 1))) : Optional.empty());
    }

    private static String position(ParkedCallback callback) {
        return callback.parkedAt() + "#" + callback.key();
    }

    @Override
    public boolean clear(CallbackKey key, String taskToken) {
        ParkedCallback current = parked.get(key);
        return current != null && current.taskToken().equals(taskToken) && parked.remove(key, current);
    }
}
