package se.inera.kundportal.functions.cognito;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Random single-use passwords that satisfy the user pool's policy (template.yaml: at least 14
 * characters with lower case, upper case, digits and symbols). Characters that are easy to
 * mistake for one another when read from a mail (0/O, 1/l/I) are left out.
 */
public final class TemporaryPasswords {
    static final int LENGTH = 20;
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    /** Symbols Cognito accepts that need no escaping in HTML or a URL. */
    private static final String SYMBOLS = "!#%+-=?@^_";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

    private final SecureRandom random;

    public TemporaryPasswords(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public String next() {
        List<Character> characters = new ArrayList<>(LENGTH);
        for (String required : new String[] {LOWER, UPPER, DIGITS, SYMBOLS}) {
            characters.add(pick(required));
        }
        while (characters.size() < LENGTH) {
            characters.add(pick(ALL));
        }
        Collections.shuffle(characters, random);
        StringBuilder password = new StringBuilder(LENGTH);
        characters.forEach(password::append);
        return password.toString();
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
