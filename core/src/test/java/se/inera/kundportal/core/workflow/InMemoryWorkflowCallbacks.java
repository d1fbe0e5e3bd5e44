package se.inera.kundportal.core.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    @Override
    public boolean clear(CallbackKey key, String taskToken) {
        ParkedCallback current = parked.get(key);
        return current != null && current.taskToken().equals(taskToken) && parked.remove(key, current);
    }
}
