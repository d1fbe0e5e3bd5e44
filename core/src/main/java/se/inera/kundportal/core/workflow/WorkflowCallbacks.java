package se.inera.kundportal.core.workflow;

import java.time.Instant;
import java.util.Optional;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;

/**
 * Port: where paused workflows keep their task tokens (on the item of the awaited thing), so
 * that tokens never leave the server. One token per key: a workflow that waits again (e.g.
 * after a reminder) parks its new token over the old one.
 */
public interface WorkflowCallbacks {

    /** Keeps {@code taskToken} under {@code key}, replacing any token parked there before. */
    void park(CallbackKey key, String taskToken, Instant expiresAt);

    /** The token parked under {@code key}, if any (expired ones too: the caller decides). */
    Optional<ParkedCallback> find(CallbackKey key);

    /**
     * Every parked token, oldest parked first, one page at a time (expired ones too), for the sweeper
     * ({@link Rendezvous#heal}). May lag a moment behind parks and clears (an index read).
     */
    Page<ParkedCallback> parked(PageRequest page);

    /**
     * Removes the token under {@code key} only if it is still {@code taskToken}, so clearing a
     * used token never removes a newer one parked meanwhile. Returns whether it removed one.
     */
    boolean clear(CallbackKey key, String taskToken);
}
