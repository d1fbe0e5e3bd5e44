package se.inera.kundportal.functions.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.error.NotFoundException;

class AgreementDocumentTest {

    @Test
    void theCurrentDocumentIsKundavtal2WithTextAndVersion() {
        AgreementDocument current = AgreementDocument.current();

        assertThat(current.title()).isEqualTo("Kundavtal 2");
        assertThat(current.version()).isEqualTo("2.0");
        assertThat(current.text()).startsWith("Kundavtal 2").endsWith("\n");
        assertThat(AgreementDocument.forVersion("2.0")).isSameAs(current);
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalUtf8Text() throws Exception {
        AgreementDocument current = AgreementDocument.current();
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(current.text().getBytes(StandardCharsets.UTF_8));

        assertThat(current.sha256()).isEqualTo(expected);
        assertThat(current.hash()).isEqualTo(HexFormat.of().formatHex(expected)).hasSize(64);
    }

    @Test
    void lineEndingsTrailingSpacesAndUnicodeFormDoNotChangeTheHash() {
        AgreementDocument unix = new AgreementDocument("T", "1", "Avtal för vården\nRad två\n");
        AgreementDocument windows = new AgreementDocument("T", "1", "Avtal fo\u0308r va\u030arden  \r\nRad två\r\n\r\n");

        assertThat(windows.hash()).isEqualTo(unix.hash());
        assertThat(new AgreementDocument("T", "1", "Avtal för vården\nRad tre\n").hash()).isNotEqualTo(unix.hash());
    }

    @Test
    void anUnknownVersionIsNotFound() {
        assertThatThrownBy(() -> AgreementDocument.forVersion("1.0")).isInstanceOf(NotFoundException.class);
    }
}
