package se.inera.kundportal.core.common;

/**
 * An aggregate saved with optimistic locking. The convention every repository port follows:
 * <ul>
 *   <li>a new item has version 0; {@code create} stores it with version 1 and returns it so;</li>
 *   <li>{@code update(item)} succeeds only if the stored version equals {@code item.version()},
 *       stores {@code version() + 1} and returns the item with that version; otherwise it throws
 *       {@link se.inera.kundportal.core.error.StaleVersionException};</li>
 *   <li>{@code transition(changed, expectedFrom)} succeeds only if the stored status equals
 *       {@code expectedFrom} (whatever the version), stores {@code changed} with the stored version
 *       + 1, and otherwise throws {@link se.inera.kundportal.core.error.UnexpectedStatusException}
 *       carrying the expected and the actual status. This is the write that makes a double click
 *       or a replay take effect once.</li>
 * </ul>
 */
public interface Versioned<T> {
    long version();

    /** A copy carrying {@code version}; for adapters returning what they stored. */
    T withVersion(long version);
}
