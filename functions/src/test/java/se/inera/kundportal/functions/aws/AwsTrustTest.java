package se.inera.kundportal.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;

/** The SDK clients trust exactly the five roots of AWS's endpoints, each a self-signed CA. */
class AwsTrustTest {
    @Test
    void trustsAmazonRootCa1To4AndStarfieldServicesG2Only() {
        List<String> subjects = AwsTrust.roots().stream().map(X509Certificate.class::cast)
                .map(root -> root.getSubjectX500Principal().getName()).toList();

        assertThat(subjects).containsExactlyInAnyOrder(
                "CN=Amazon Root CA 1,O=Amazon,C=US",
                "CN=Amazon Root CA 2,O=Amazon,C=US",
                "CN=Amazon Root CA 3,O=Amazon,C=US",
                "CN=Amazon Root CA 4,O=Amazon,C=US",
                "CN=Starfield Services Root Certificate Authority - G2,O=Starfield Technologies\\, Inc.,L=Scottsdale,"
                        + "ST=Arizona,C=US");
    }

    @Test
    void eachRootIsASelfSignedCertificateAuthority() throws Exception {
        for (var certificate : AwsTrust.roots()) {
            X509Certificate root = (X509Certificate) certificate;
            assertThat(root.getBasicConstraints()).as("CA: %s", root.getSubjectX500Principal()).isNotNegative();
            root.verify(root.getPublicKey());
        }
    }

    @Test
    void theTrustManagersAcceptTheFiveRootsAsIssuers() {
        X509TrustManager trust = (X509TrustManager) AwsTrust.trustManagers()[0];

        assertThat(trust.getAcceptedIssuers()).hasSize(5);
    }
}
