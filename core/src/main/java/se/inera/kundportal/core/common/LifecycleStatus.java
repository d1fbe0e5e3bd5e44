package se.inera.kundportal.core.common;

import java.util.Set;

/**
 * A status enum that knows its legal successors, so that a status change can be checked the
 * same way in the domain (methods on the aggregate) and in the adapter (conditional writes).
 */
public interface LifecycleStatus<S extends Enum<S> & LifecycleStatus<S>> {
    Set<S> successors();

    default boolean canMoveTo(S next) {
        return successors().contains(next);
    }

    default boolean isFinal() {
        return successors().isEmpty();
    }
}
