package se.inera.kundportal.local.bankid;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.owasp.encoder.Encode;

/**
 * Builds {@code completionData.signature}: an XML signature document shaped like BankID's
 * ({@code ds:Signature} whose {@code Object} holds {@code bankIdSignedData} with {@code usrVisibleData},
 * {@code usrNonVisibleData}, {@code srvInfo} and {@code clientInfo}).
 *
 * <p>As in the real document, {@code usrVisibleData} and {@code usrNonVisibleData} carry exactly the base64 the
 * relying party sent, so a hash bound in {@code userNonVisibleData} can be read back from the signature. The
 * references' digests are real SHA-256 digests of the serialised elements; the signature value is an HMAC with a
 * key that exists only in this process, and there is no certificate chain: the document verifies nowhere,
 * on purpose.
 */
final class SimulatedSignature {
    static final String MOBILE_BANKID_TEST_POLICY = "1.2.3.4.25";
    private static final String BANKID_TYPES_NS = "http://www.bankid.com/signature/v1.0.0/types";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    private static final String EXCLUSIVE_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";

    private final byte[] signingKey = new byte[32];

    SimulatedSignature() {
        new SecureRandom().nextBytes(signingKey);
    }

    /** The base64 signature document for a finished order. */
    String create(OrderRequest request, TestPerson person, String serverName, String uhi) {
        String signedData = signedData(request, serverName, uhi);
        // The real KeyInfo carries the user's certificate chain; the subject name is what a verifier reads from it.
        String keyInfo = "<KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"bidKeyInfo\"><X509Data>"
                + "<X509SubjectName>" + Encode.forXml("SERIALNUMBER=" + person.personalNumber() + ", GIVENNAME="
                        + person.givenName() + ", SURNAME=" + person.surname() + ", CN=" + person.name() + ", C=SE")
                + "</X509SubjectName></X509Data><KeyName>Simulated by the Kundportal BankID simulator: not verifiable"
                + "</KeyName></KeyInfo>";
        String signedInfo = "<SignedInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"
                + "<CanonicalizationMethod Algorithm=\"" + EXCLUSIVE_C14N + "\"/>"
                + "<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>"
                + reference("#bidSignedData", BANKID_TYPES_NS, signedData)
                + reference("#bidKeyInfo", null, keyInfo)
                + "</SignedInfo>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                + "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"
                + signedInfo
                + "<SignatureValue>" + base64(hmac(signedInfo)) + "</SignatureValue>"
                + keyInfo
                + "<Object>" + signedData + "</Object>"
                + "</Signature>";
        return base64(document.getBytes(StandardCharsets.UTF_8));
    }

    private static String signedData(OrderRequest request, String serverName, String uhi) {
        StringBuilder xml = new StringBuilder()
                .append("<bankIdSignedData xmlns=\"").append(BANKID_TYPES_NS).append("\" Id=\"bidSignedData\">");
        request.userVisibleData().ifPresent(data -> xml
                .append("<usrVisibleData charset=\"UTF-8\" visible=\"wysiwys\"")
                .append(request.simpleMarkdown() ? " format=\"simpleMarkdownV1\"" : "")
                .append(">").append(data).append("</usrVisibleData>"));
        request.userNonVisibleData().ifPresent(data -> xml
                .append("<usrNonVisibleData>").append(data).append("</usrNonVisibleData>"));
        xml.append("<srvInfo><name>").append(base64(("cn=" + serverName).getBytes(StandardCharsets.UTF_8)))
                .append("</name><nonce>").append(base64(randomBytes(20)))
                .append("</nonce><displayName>").append(base64(serverName.getBytes(StandardCharsets.UTF_8)))
                .append("</displayName></srvInfo>");
        List<String> policies = request.requirement().certificatePolicies().isEmpty()
                ? List.of(MOBILE_BANKID_TEST_POLICY)
                : request.requirement().certificatePolicies();
        xml.append("<clientInfo><funcId>").append(request.type().signatureFunctionId()).append("</funcId>")
                .append("<version>").append(base64("Personal=10.1.0&BankID_exe=10.1.0&OS=simulated"
                        .getBytes(StandardCharsets.UTF_8))).append("</version>")
                .append("<env><ai><type>").append(base64("SIMULATOR".getBytes(StandardCharsets.UTF_8)))
                .append("</type><deviceInfo>").append(base64("Kundportal BankID-simulator"
                        .getBytes(StandardCharsets.UTF_8))).append("</deviceInfo>")
                .append("<uhi>").append(uhi).append("</uhi><fsib>0</fsib><utb>cs1</utb><requirement>");
        for (String policy : policies) {
            xml.append("<condition><type>CertificatePolicies</type><value>").append(Encode.forXml(policy))
                    .append("</value></condition>");
        }
        request.requirement().personalNumber().ifPresent(personalNumber ->
                xml.append("<condition><type>PersonalNumber</type><value>").append(personalNumber)
                        .append("</value></condition>"));
        xml.append("</requirement><uauth>pw</uauth>")
                .append(request.requirement().mrtd() ? "<mrtd>true</mrtd>" : "")
                .append("</ai></env></clientInfo>")
                .append("</bankIdSignedData>");
        return xml.toString();
    }

    private static String reference(String uri, String type, String element) {
        return "<Reference" + (type == null ? "" : " Type=\"" + type + "\"") + " URI=\"" + uri + "\">"
                + "<Transforms><Transform Algorithm=\"" + EXCLUSIVE_C14N + "\"/></Transforms>"
                + "<DigestMethod Algorithm=\"" + SHA256 + "\"/>"
                + "<DigestValue>" + base64(sha256(element)) + "</DigestValue></Reference>";
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
