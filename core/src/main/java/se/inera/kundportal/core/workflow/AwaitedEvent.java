package se.inera.kundportal.core.workflow;

import java.util.Objects;
import java.util.Optional;
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
}
