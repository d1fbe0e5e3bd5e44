package se.inera.kundportal.core.common;

import java.util.Objects;
import java.util.regex.Pattern;

/** Shared checks for the string ids of aggregates (UUIDs or slugs chosen by the system). */
public final class Ids {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    private Ids() {
    }

    /** Rejects ids that could break a storage key (separators like {@code #}, spaces, empty). */
    public static String requireSafe(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!SAFE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " has an invalid shape: '" + value + "'");
        }
        return value;
    }
}
