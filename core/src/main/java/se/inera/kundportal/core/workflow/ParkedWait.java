package se.inera.kundportal.core.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the workflow side of a wait did: it parked its task token until {@code parkedUntil} (the wait's own
 * timeout: a reminder or a deadline), or the event had already happened and it woke its own task at once.
 *
 * @param resumedAtOnce what waking its own task gave, if the event had already happened
 */
public record ParkedWait(Instant parkedUntil, Optional<ResumeOutcome> resumedAtOnce) {
    public ParkedWait {
        Objects.requireNonNull(parkedUntil, "parkedUntil");
        Objects.requireNonNull(resumedAtOnce, "resumedAtOnce");
    }
}
