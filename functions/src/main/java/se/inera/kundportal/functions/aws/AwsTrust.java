package se.inera.kundportal.functions.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The roots the SDK clients trust: only those that AWS's service endpoints chain to — Amazon Root CA 1 to 4 and
 * Starfield Services Root Certificate Authority G2 ({@value #ROOTS}, in this package). Loading five certificates
 * instead of the JDK's whole {@code cacerts} shortens every client's first TLS set-up (docs/performance.md, "What
 * the functions load, and what was removed", says how the file is made and what it saved). An endpoint overridden to
 * {@code http://} (the local runtime's stand-ins) makes no TLS connection; BankID has its own trust (BankIdTls).
 */
public final class AwsTrust {
    /** PEM, the five roots exported from a JDK's cacerts with keytool (see docs/performance.md). */
    static final String ROOTS = "aws-roots.pem";

    private AwsTrust() {
    }

    /** Trust managers that accept a chain to one of the five roots and nothing else. */
    public static TrustManager[] trustManagers() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate root : roots()) {
                store.setCertificateEntry("aws-root-" + index++, root);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException unusable) {
            throw new IllegalStateException("The AWS root certificates (" + ROOTS + ") cannot be used", unusable);
        }
    }

    static List<Certificate> roots() {
        try (InputStream pem = AwsTrust.class.getResourceAsStream(ROOTS)) {
            if (pem == null) {
                throw new IllegalStateException(ROOTS + " is missing from the jar");
            }
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(pem);
            return List.copyOf(certificates);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (GeneralSecurityException malformed) {
            throw new IllegalStateException(ROOTS + " is not a PEM file of certificates", malformed);
        }
    }
}
