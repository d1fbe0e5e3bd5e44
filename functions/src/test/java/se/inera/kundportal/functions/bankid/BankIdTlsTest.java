package se.inera.kundportal.functions.bankid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.inera.kundportal.functions.json.Json;

/** The client certificate secret's JSON, parsed and turned into TLS without AWS: the secret reader is a function. */
class BankIdTlsTest {
    private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-north-1:123456789012:secret:bankid-rp-AbCdEf";
    private static final String PASSWORD = "ratt-losenord-2026";

    /** A real PKCS#12 keystore, empty: what matters here is its encoding and its password check. */
    private static byte[] pkcs12(String password) throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        keystore.load(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        keystore.store(out, password.toCharArray());
        return out.toByteArray();
    }

    private static String secret(byte[] pkcs12, String password) {
        ObjectNode secret = Json.MAPPER.createObjectNode().put(BankIdTls.PKCS12_FIELD,
                Base64.getEncoder().encodeToString(pkcs12));
        if (password != null) {
            secret.put(BankIdTls.PASSWORD_FIELD, password);
        }
        return secret.toString();
    }

    @Test
    void readsTheBase64KeystoreAndItsPasswordFromTheSecretsJson() throws Exception {
        byte[] keystore = pkcs12(PASSWORD);

        BankIdTls.ClientCertificate certificate = BankIdTls.ClientCertificate.parse(secret(keystore, PASSWORD));

        assertThat(certificate.pkcs12()).isEqualTo(keystore);
        assertThat(new String(certificate.password())).isEqualTo(PASSWORD);
    }

    @Test
    void acceptsBase64WithLineBreaksAsOpensslAndBase64WriteIt() throws Exception {
        byte[] keystore = pkcs12(PASSWORD);
        String wrapped = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keystore);
        String secret = Json.MAPPER.createObjectNode().put("pkcs12", wrapped).put("password", PASSWORD).toString();

        assertThat(BankIdTls.ClientCertificate.parse(secret).pkcs12()).isEqualTo(keystore);
    }

    @Test
    void buildsTheTlsContextFromTheSecretItReadsOnce() throws Exception {
        List<String> read = new ArrayList<>();
        String secret = secret(pkcs12(PASSWORD), PASSWORD);
        SSLContext context = BankIdTls.fromEnvironment(Map.of(BankIdTls.CLIENT_CERTIFICATE_SECRET_VARIABLE, SECRET_ARN),
                arn -> {
                    read.add(arn);
                    return secret;
                });

        assertThat(context.getProtocol()).isEqualTo("TLS");
        assertThat(read).containsExactly(SECRET_ARN);
    }

    @Test
    void aWrongPasswordFailsAtStartWithoutShowingIt() throws Exception {
        String secret = secret(pkcs12(PASSWORD), "fel-losenord");

        assertThatThrownBy(() -> BankIdTls.context(BankIdTls.ClientCertificate.parse(secret), Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Could not set up TLS towards BankID")
                .hasMessageNotContaining("fel-losenord");
    }

    @Test
    void namesWhatIsWrongWithASecretButNeverItsValues() throws Exception {
        assertThatThrownBy(() -> BankIdTls.ClientCertificate.parse("not json " + PASSWORD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not JSON")
                .hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> BankIdTls.ClientCertificate.parse(secret(pkcs12(PASSWORD), null)))
                .hasMessageContaining("no text field password");
        assertThatThrownBy(() -> BankIdTls.ClientCertificate.parse("{\"pkcs12\": 5, \"password\": \"x\"}"))
                .hasMessageContaining("no text field pkcs12");
        assertThatThrownBy(() -> BankIdTls.ClientCertificate.parse("{\"pkcs12\": \"%%%\", \"password\": \"x\"}"))
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> BankIdTls.ClientCertificate.parse(null)).hasMessageContaining("no text field");
    }

    @Test
    void withoutTheSecretVariableHttpsIsRefusedAndNothingIsRead() {
        List<String> read = new ArrayList<>();
        assertThatThrownBy(() -> BankIdTls.fromEnvironment(Map.of(), arn -> {
            read.add(arn);
            return "{}";
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BankIdTls.CLIENT_CERTIFICATE_SECRET_VARIABLE);
        assertThat(read).isEmpty();
    }
}
