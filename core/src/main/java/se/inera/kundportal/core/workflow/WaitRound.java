package se.inera.kundportal.core.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One round of a wait for a person: the token was parked until {@code parkedUntil} (the round's
 * end, when the workflow parks a fresh token and checks again), or the event had already happened
 * and the round woke its own task at once.
 *
 * @param resumedAtOnce what waking its own task gave, if the event had already happened
 */
public record WaitRound(Instant parkedUntil, Optional<ResumeOutcome> resumedAtOnce) {
    public WaitRound {
        Objects.requireNonNull(parkedUntil, "parkedUntil");
        Objects.requireNonNull(resumedAtOnce, "resumedAtOnce");
    }
}
