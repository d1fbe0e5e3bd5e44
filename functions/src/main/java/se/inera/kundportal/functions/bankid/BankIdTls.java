package se.inera.kundportal.functions.bankid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.functions.json.Json;

/**
 * Mutual TLS towards BankID: the relying party's certificate and key from a PKCS#12 keystore kept, with its
 * password, in one Secrets Manager secret, and BankID's server CA as the only trusted issuer when given (BankID's
 * test environment uses its own CA, which no default trust store holds).
 *
 * <p>Environment: {@value #CLIENT_CERTIFICATE_SECRET_VARIABLE}, the secret's ARN (only the signing functions have
 * it, and only they may read the secret), and optionally {@value #SERVER_CA_PEM} (PEM, not secret). The secret's
 * value is JSON: <pre>{"pkcs12": "&lt;the .p12 file, base64&gt;", "password": "&lt;its password&gt;"}</pre>
 * It is read once per execution environment, when the BankID client is built.
 */
public final class BankIdTls {
    public static final String CLIENT_CERTIFICATE_SECRET_VARIABLE = "BANKID_CLIENT_CERTIFICATE_SECRET_ARN";
    public static final String SERVER_CA_PEM = "BANKID_SERVER_CA_PEM";
    static final String PKCS12_FIELD = "pkcs12";
    static final String PASSWORD_FIELD = "password";

    private BankIdTls() {
    }

    /** The client certificate as the secret holds it. */
    record ClientCertificate(byte[] pkcs12, char[] password) {
        /**
         * Reads the secret's JSON. The message of a failure names what is wrong, never a value.
         *
         * @throws IllegalStateException when it is not JSON, a field is missing, or {@code pkcs12} is not base64
         */
        static ClientCertificate parse(String secretString) {
            JsonNode secret;
            try {
                secret = secretString == null ? null : Json.MAPPER.readTree(secretString);
            } catch (JsonProcessingException notJson) {
                throw new IllegalStateException("The BankID client certificate secret is not JSON with the fields "
                        + PKCS12_FIELD + " and " + PASSWORD_FIELD);
            }
            String pkcs12 = text(secret, PKCS12_FIELD);
            String password = text(secret, PASSWORD_FIELD);
            try {
                // Line breaks allowed (base64 and openssl wrap at 64 or 76), anything else outside base64 is not.
                return new ClientCertificate(Base64.getDecoder().decode(pkcs12.replaceAll("\\s", "")),
                        password.toCharArray());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException("The field " + PKCS12_FIELD + " of the BankID client certificate "
                        + "secret is not base64");
            }
        }

        private static String text(JsonNode secret, String field) {
            JsonNode value = secret == null ? null : secret.get(field);
            if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
                throw new IllegalStateException("The BankID client certificate secret has no text field " + field);
            }
            return value.textValue();
        }
    }

    /**
     * The TLS context for an https base URL: the client certificate from the secret named in the environment,
     * read with {@code secrets} (ARN → secret string).
     *
     * @throws IllegalStateException when the environment names no secret, or the secret or its keystore is unusable
     */
    static SSLContext fromEnvironment(Map<String, String> environment, UnaryOperator<String> secrets) {
        String secretArn = secretArn(environment).orElseThrow(() -> new IllegalStateException(
                "BankID over https needs the client certificate: set " + CLIENT_CERTIFICATE_SECRET_VARIABLE));
        return context(ClientCertificate.parse(secrets.apply(secretArn)), value(environment, SERVER_CA_PEM));
    }

    static Optional<String> secretArn(Map<String, String> environment) {
        return value(environment, CLIENT_CERTIFICATE_SECRET_VARIABLE);
    }

    static SSLContext context(ClientCertificate certificate, Optional<String> serverCaPem) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(new ByteArrayInputStream(certificate.pkcs12()), certificate.password());
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, certificate.password());

            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(
                    TrustManagerFactory.getDefaultAlgorithm());
            if (serverCaPem.isPresent()) {
                KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
                trusted.load(null, null);
                int index = 0;
                for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(
                        new ByteArrayInputStream(serverCaPem.get().getBytes(StandardCharsets.US_ASCII)))) {
                    trusted.setCertificateEntry("bankid-ca-" + index++, ca);
                }
                trustManagers.init(trusted);
            } else {
                trustManagers.init((KeyStore) null); // the runtime's default trust store
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not set up TLS towards BankID: " + e.getMessage(), e);
        }
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }
}
