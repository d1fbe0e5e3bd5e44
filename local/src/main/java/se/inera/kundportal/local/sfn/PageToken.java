package se.inera.kundportal.local.sfn;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The opaque {@code nextToken} of list operations. It holds the sort key of the last item returned
 * and the scope of the request it belongs to (operation, resource, filters), so that the next page
 * starts after that item even if items were added meanwhile, and a token from another request is
 * refused with {@code InvalidToken}, as AWS does.
 */
final class PageToken {
    private static final int MAX_LENGTH = 1024;
    private static final String SEPARATOR = "\n";

    private PageToken() {}

    static String encode(String scope, String lastKey) {
        byte[] plain = (scope + SEPARATOR + lastKey).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }

    /** The last key of the previous page; empty for the first page. */
    static Optional<String> decode(Optional<String> token, String scope) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        String text = token.get();
        String plain;
        try {
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String prefix = scope + SEPARATOR;
        if (!plain.startsWith(prefix)) {
            throw invalid();
        }
        return Optional.of(plain.substring(prefix.length()));
    }

    /**
     * One page of {@code sorted}, whose order is that of their {@code key}s as strings (the order
     * pages are served in): the items after {@code after}, at most {@code size} of them, with the
     * token of the next page if there is more.
     */
    static <T> Page<T> page(List<T> sorted, Function<T, String> key, Optional<String> after, int size, String scope) {
        int start = 0;
        if (after.isPresent()) {
            String last = after.get();
            while (start < sorted.size() && key.apply(sorted.get(start)).compareTo(last) <= 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + size);
        List<T> items = sorted.subList(start, end);
        Optional<String> next = end < sorted.size() && !items.isEmpty()
                ? Optional.of(encode(scope, key.apply(items.get(items.size() - 1))))
                : Optional.empty();
        return new Page<>(items, next);
    }

    record Page<T>(List<T> items, Optional<String> nextToken) {}

    /** A sort key that orders numbers as strings do: zero-padded to the width of {@link Long#MAX_VALUE}. */
    static String sortable(long number) {
        return String.format("%019d", number);
    }

    private static SfnApiException invalid() {
        return new SfnApiException("InvalidToken", "Invalid Token: 'Invalid pagination token'");
    }
}
