package se.inera.kundportal.functions.bankid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Mutual TLS towards BankID: the relying party's certificate and key from a PKCS#12 keystore, and
 * BankID's server CA as the only trusted issuer when given (BankID's test environment uses its own
 * CA, which no default trust store holds).
 *
 * <p>Environment: {@value #KEYSTORE_FILE} (a path, e.g. in a Lambda layer) or {@value #KEYSTORE_BASE64}
 * (the keystore itself), {@value #KEYSTORE_PASSWORD}, and optionally {@value #SERVER_CA_PEM} (PEM).
 */
public final class BankIdTls {
    public static final String KEYSTORE_FILE = "BANKID_CLIENT_KEYSTORE_FILE";
    public static final String KEYSTORE_BASE64 = "BANKID_CLIENT_KEYSTORE_BASE64";
    public static final String KEYSTORE_PASSWORD = "BANKID_CLIENT_KEYSTORE_PASSWORD";
    public static final String SERVER_CA_PEM = "BANKID_SERVER_CA_PEM";

    private BankIdTls() {
    }

    public static SSLContext fromEnvironment(Map<String, String> environment) {
        byte[] keystore = value(environment, KEYSTORE_FILE).map(BankIdTls::readFile)
                .or(() -> value(environment, KEYSTORE_BASE64).map(Base64.getMimeDecoder()::decode))
                .orElseThrow(() -> new IllegalStateException("BankID over https needs the client certificate: set "
                        + KEYSTORE_FILE + " or " + KEYSTORE_BASE64));
        char[] password = value(environment, KEYSTORE_PASSWORD).orElse("").toCharArray();
        return context(keystore, password, value(environment, SERVER_CA_PEM));
    }

    static SSLContext context(byte[] pkcs12, char[] password, Optional<String> serverCaPem) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(new ByteArrayInputStream(pkcs12), password);
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, password);

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

    private static byte[] readFile(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the BankID client keystore " + path, e);
        }
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }
}
