package se.inera.kundportal.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.common.Versioned;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.UnexpectedStatusException;

/**
 * A map that follows the ports' write conventions ({@link Versioned}): create-if-absent,
 * optimistic update and conditional status transition. For tests of use cases only.
 */
final class InMemoryStore<K, T extends Versioned<T>> {
    private final Map<K, T> items = new LinkedHashMap<>();
    private final String type;
    private final Function<T, K> key;

    InMemoryStore(String type, Function<T, K> key) {
        this.type = type;
        this.key = key;
    }

    synchronized T create(T item) {
        K k = key.apply(item);
        if (items.containsKey(k)) {
            throw new AlreadyExistsException(type, String.valueOf(k), type + " finns redan.");
        }
        T stored = item.withVersion(1);
        items.put(k, stored);
        return stored;
    }

    synchronized void delete(K k) {
        items.remove(k);
    }

    synchronized Optional<T> find(K k) {
        return Optional.ofNullable(items.get(k));
    }

    synchronized T update(T item) {
        K k = key.apply(item);
        T current = existing(k);
        if (current.version() != item.version()) {
            throw new StaleVersionException(type, String.valueOf(k), item.version());
        }
        T stored = item.withVersion(item.version() + 1);
        items.put(k, stored);
        return stored;
    }

    synchronized <S extends Enum<S>> T transition(T changed, Function<T, S> status, S expectedFrom) {
        K k = key.apply(changed);
        T current = existing(k);
        if (status.apply(current) != expectedFrom) {
            throw new UnexpectedStatusException(type, String.valueOf(k), expectedFrom, status.apply(current),
                    "Status har redan ändrats.");
        }
        T stored = changed.withVersion(current.version() + 1);
        items.put(k, stored);
        return stored;
    }

    synchronized List<T> all(Predicate<T> filter, Comparator<T> order) {
        return items.values().stream().filter(filter).sorted(order).toList();
    }

    /** Offset-based pages; the cursor is the offset of the next item. */
    synchronized Page<T> page(Predicate<T> filter, Comparator<T> order, PageRequest request) {
        List<T> matching = all(filter, order);
        int from = request.cursor().map(Integer::parseInt).orElse(0);
        int to = Math.min(matching.size(), from + request.limit());
        Optional<String> next = to < matching.size() ? Optional.of(Integer.toString(to)) : Optional.empty();
        return new Page<>(matching.subList(from, to), next);
    }

    private T existing(K k) {
        T current = items.get(k);
        if (current == null) {
            throw NotFoundException.of(type, k, type + " finns inte.");
        }
        return current;
    }
}
