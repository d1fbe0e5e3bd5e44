package se.inera.kundportal.functions.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

import se.inera.kundportal.core.agreement.AgreementText;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;

/**
 * The text of Kundavtal 2 that the signatory reads and signs, kept as data
 * ({@code kundavtal-2.properties} and the text file it names, next to this class).
 *
 * <p>The signature binds the document through its hash: {@link #sha256()} over the canonical text
 * (Unicode NFC, {@code \n} line ends, no trailing spaces, one final newline), so the same words
 * always give the same hash whatever editor saved the file. {@link #hash()} (lower-case hex) is what
 * an {@code Agreement} records as {@code documentHash} when it is created; the BankID order carries
 * the raw digest in {@code userNonVisibleData}.
 */
public record AgreementDocument(String title, String version, String text) {
    private static final String CATALOGUE = "kundavtal-2.properties";
    private static final AgreementDocument CURRENT = load();

    public AgreementDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        text = canonical(Objects.requireNonNull(text, "text"));
    }

    /** The version new agreements are created with. */
    public static AgreementDocument current() {
        return CURRENT;
    }

    /**
     * The document of an agreement's {@code documentVersion}. Only the current text is kept in this
     * release; an agreement made with another version cannot be shown or signed here.
     */
    public static AgreementDocument forVersion(String version) {
        if (CURRENT.version.equals(version)) {
            return CURRENT;
        }
        throw NotFoundException.of("AgreementDocument", version, Messages.agreementTextMissing(version));
    }

    /** The texts kept, as core's port: only the current one in this release. */
    public static AgreementText.Library library() {
        return version -> forVersion(version).asText();
    }

    public AgreementText asText() {
        return new AgreementText(title, version, text, hash());
    }

    /** SHA-256 of the canonical text in UTF-8. */
    public byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@link #sha256()} as lower-case hex: the agreement's {@code documentHash}. */
    public String hash() {
        return HexFormat.of().formatHex(sha256());
    }

    static String canonical(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return normalised.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip() + "\n";
    }

    private static AgreementDocument load() {
        Properties catalogue = new Properties();
        try (InputStream in = resource(CATALOGUE)) {
            catalogue.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String textFile = catalogue.getProperty("text");
        try (InputStream in = resource(textFile)) {
            return new AgreementDocument(catalogue.getProperty("title"), catalogue.getProperty("version"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AgreementDocument.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }
}
