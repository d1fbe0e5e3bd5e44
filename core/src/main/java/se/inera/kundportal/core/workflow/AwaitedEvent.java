package se.inera.kundportal.core.workflow;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one wait for a person waits for: the key its task token is parked under, and how to tell
 * from the stored state whether the person has already acted. Every wait (Inera's decision, the
 * signature, an order's attestation) is one of these handed to {@link Rendezvous}.
 *
 * @param key      where the token is parked and where the person's side finds it
 * @param happened the task result if the event is stored already (read fresh on every call), else empty
 */
public record AwaitedEvent(CallbackKey key, Supplier<Optional<?>> happened) {
    public AwaitedEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(happened, "happened");
    }

    /**
     * One kind of wait, for every subject: how the stored state of a subject tells that the person has acted.
     * The workflow side of a wait builds its {@link AwaitedEvent} from it ({@link #of}), and the sweeper
     * ({@link Rendezvous#heal}) looks up the source of each parked token's kind. A new wait adds its
     * {@link CallbackKey.Kind} and one source, and lists the source where the sweeper's sources are assembled.
     *
     * @param kind       the kind of wait
     * @param happenedTo by subject id: the task result if the event is stored, else empty
     */
    public record Source(CallbackKey.Kind kind, Function<String, Optional<?>> happenedTo) {
        public Source {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(happenedTo, "happenedTo");
        }

        /** The awaited event of one subject. */
        public AwaitedEvent of(String subjectId) {
            return new AwaitedEvent(new CallbackKey(kind, subjectId), () -> happenedTo.apply(subjectId));
        }
    }
}
