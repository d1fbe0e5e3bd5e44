package se.inera.kundportal.functions.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The three conditional writes of {@code core.common.Versioned}, each one PutItem of the whole
 * item on one key, turning a refused condition into the typed domain exception. Whole-item puts
 * also drop attributes that became empty (e.g. a sparse index key), which an UpdateItem would need
 * to list.
 */
final class VersionedWrites {
    static final String VERSION = "version";
    static final String STATUS = "status";
    /** A transition re-reads and retries this often when only the version moved under it. */
    private static final int TRANSITION_ATTEMPTS = 5;

    private final DynamoTable table;

    VersionedWrites(DynamoTable table) {
        this.table = table;
    }

    /** What the exceptions name: e.g. {@code ("Order", id, "Beställningen finns inte.")}. */
    record Subject(String type, String id, String notFoundMessage) {
        NotFoundException notFound() {
            return NotFoundException.of(type, id, notFoundMessage);
        }
    }

    /** Stores a new item; {@link AlreadyExistsException} if its key is taken. */
    void create(Map<String, AttributeValue> item, Subject subject, String alreadyExistsMessage) {
        if (table.putIf(item, DynamoTable.Condition.itemAbsent()).isPresent()) {
            throw new AlreadyExistsException(subject.type(), subject.id(), alreadyExistsMessage);
        }
    }

    /**
     * Replaces the item if the stored version is {@code expectedVersion}; the item passed must
     * carry {@code expectedVersion + 1}. {@link NotFoundException} if nothing is stored,
     * {@link StaleVersionException} if someone else saved in between.
     */
    void update(Map<String, AttributeValue> itemWithNextVersion, long expectedVersion, Subject subject) {
        Optional<DynamoTable.Refusal> refusal = table.putIf(itemWithNextVersion,
                DynamoTable.Condition.versionIs(expectedVersion));
        if (refusal.isPresent()) {
            if (refusal.get().current().isEmpty()) {
                throw subject.notFound();
            }
            throw new StaleVersionException(subject.type(), subject.id(), expectedVersion);
        }
    }

    /**
     * Replaces the item if its stored status is {@code expectedFrom}, whatever its version, and
     * stores the stored version + 1. The write is conditioned on status and version together, so a
     * concurrent change is never overwritten: if only the version moved (status still right), it
     * retries with the version it found.
     *
     * @param itemWithVersion builds the item to store for a given version
     * @param believedVersion the version the caller read (tried first, so the usual case is one write)
     * @param message         the Swedish message for a refused move, given the actual status
     * @return the version stored
     */
    <S extends Enum<S>> long transition(LongFunction<Map<String, AttributeValue>> itemWithVersion,
                                        long believedVersion, S expectedFrom, Class<S> statusType,
                                        Subject subject, Function<S, String> message) {
        long storedVersion = believedVersion;
        for (int attempt = 0; attempt < TRANSITION_ATTEMPTS; attempt++) {
            DynamoTable.Condition condition = DynamoTable.Condition.versionIs(storedVersion).and(
                    new DynamoTable.Condition("#status = :expectedStatus", Map.of("#status", STATUS),
                            Map.of(":expectedStatus", Attributes.string(expectedFrom.name()))));
            Optional<DynamoTable.Refusal> refusal = table.putIf(itemWithVersion.apply(storedVersion + 1), condition);
            if (refusal.isEmpty()) {
                return storedVersion + 1;
            }
            Map<String, AttributeValue> current = refusal.get().current().orElseThrow(subject::notFound);
            S actual = Attributes.enumValue(current, STATUS, statusType);
            if (actual != expectedFrom) {
                throw new UnexpectedStatusException(subject.type(), subject.id(), expectedFrom, actual,
                        message.apply(actual));
            }
            storedVersion = Attributes.number(current, VERSION);
        }
        // Only reachable under a storm of concurrent edits that all keep the status.
        throw new StaleVersionException(subject.type(), subject.id(), storedVersion);
    }
}
