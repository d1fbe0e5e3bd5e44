package se.inera.kundportal.core.error;

import se.inera.kundportal.core.message.RequestMessages;

/**
 * Optimistic locking failed: the item was saved with a version that is no longer the stored
 * one, i.e. someone else changed it in between. The caller should re-read and retry or report.
 */
public final class StaleVersionException extends ConflictException {
    private final String subjectType;
    private final String subjectId;
    private final long expectedVersion;

    public StaleVersionException(String subjectType, String subjectId, long expectedVersion) {
        super(RequestMessages.CHANGED_MEANWHILE);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.expectedVersion = expectedVersion;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    /** The version the caller believed was stored. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
