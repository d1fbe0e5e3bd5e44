package se.inera.kundportal.core.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list read from a repository.
 *
 * @param items      the items of this page, in the order the query defines (e.g. newest first)
 * @param nextCursor opaque cursor for the next page; empty when this is the last page
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Optional.empty());
    }

    public boolean hasMore() {
        return nextCursor.isPresent();
    }
}
