package se.inera.kundportal.core.workflow;

import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.common.Expiring;

/**
 * A workflow's task token kept server-side while the workflow waits. The token is a secret that
 * lets anyone holding it resume the workflow, so it is never mailed, logged, audited or returned
 * by an API; only the adapter that resumes the workflow reads it.
 *
 * @param key       what the workflow waits for
 * @param taskToken the Step Functions task token (opaque)
 * @param parkedAt  when the wait began
 * @param expiresAt when the waiting task times out; a token found after this is already dead
 */
public record ParkedCallback(CallbackKey key, String taskToken, Instant parkedAt, Instant expiresAt)
        implements Expiring {
    public ParkedCallback {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(taskToken, "taskToken");
        Objects.requireNonNull(parkedAt, "parkedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (taskToken.isBlank()) {
            throw new IllegalArgumentException("a task token is never blank");
        }
    }

    /** Keeps the token out of logs and exception messages. */
    @Override
    public String toString() {
        return "ParkedCallback[" + key + ", parkedAt=" + parkedAt + ", expiresAt=" + expiresAt + "]";
    }
}
