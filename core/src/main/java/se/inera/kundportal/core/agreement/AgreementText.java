package se.inera.kundportal.core.agreement;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The text of one version of an agreement, as the signatory reads and signs it.
 *
 * @param hash lower-case hex SHA-256 of the canonical text: what an {@link Agreement} records as
 *             {@code documentHash} and a BankID signature binds
 */
public record AgreementText(String title, String version, String text, String hash) {
    public AgreementText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hash, "hash");
    }

    /** The raw SHA-256, as bound into the BankID order. */
    public byte[] digest() {
        return HexFormat.of().parseHex(hash);
    }

    /** Port: the agreement texts kept, by version. */
    public interface Library {
        /** @throws se.inera.kundportal.core.error.NotFoundException if that version's text is not kept */
        AgreementText forVersion(String version);
    }
}
