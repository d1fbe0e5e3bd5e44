package se.inera.kundportal.local.asl.intrinsics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The digests {@code States.Hash} and {@code $hash} accept, under AWS's names (which are also the JCA names). */
final class HashAlgorithms {
    static final List<String> NAMES = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private HashAlgorithms() {}

    static boolean isSupported(String algorithm) {
        return NAMES.contains(algorithm);
    }

    /** Lower-case hex of the digest of {@code data}'s UTF-8 bytes. */
    static String hexDigest(String data, String algorithm) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(digest.digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides " + algorithm, e);
        }
    }
}
