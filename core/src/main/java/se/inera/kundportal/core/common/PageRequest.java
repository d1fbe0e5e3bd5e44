package se.inera.kundportal.core.common;

import java.util.Objects;
import java.util.Optional;

/**
 * Asks a repository for one page.
 *
 * @param limit  at most this many items, 1..{@value #MAX_LIMIT}
 * @param cursor the {@link Page#nextCursor()} of the previous page; empty for the first page
 */
public record PageRequest(int limit, Optional<String> cursor) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 25;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        Objects.requireNonNull(cursor, "cursor");
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public static PageRequest firstPage() {
        return first(DEFAULT_LIMIT);
    }

    public PageRequest next(String cursor) {
        return new PageRequest(limit, Optional.of(cursor));
    }
}
