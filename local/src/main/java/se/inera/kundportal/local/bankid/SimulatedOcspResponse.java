package se.inera.kundportal.local.bankid;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Builds {@code completionData.ocspResponse}: a DER {@code OCSPResponse} (RFC 6960) with status
 * {@code successful} and one {@code good} single response, so that ASN.1 tools and archiving code handle it like
 * the real one. The CertID hashes and the signature are derived from the person and random bytes: it proves
 * nothing and is not meant to.
 */
final class SimulatedOcspResponse {
    private static final DateTimeFormatter GENERALIZED_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String ID_PKIX_OCSP_BASIC = "1.3.6.1.5.5.7.48.1.1";
    private static final String SHA1 = "1.3.14.3.2.26";
    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";

    private SimulatedOcspResponse() {}

    static String create(TestPerson person, Instant producedAt) {
        byte[] time = der(0x18, GENERALIZED_TIME.format(producedAt).getBytes(StandardCharsets.US_ASCII));
        byte[] certId = der(0x30,
                algorithm(SHA1),
                der(0x04, sha1("issuer-name:" + person.bankIdIssueDate())),
                der(0x04, sha1("issuer-key:" + person.bankIdIssueDate())),
                der(0x02, new BigInteger(1, sha1("serial:" + person.personalNumber())).toByteArray()));
        byte[] goodStatus = {(byte) 0x80, 0x00};
        byte[] singleResponse = der(0x30, certId, goodStatus, time);
        byte[] responderByKeyHash = der(0xA2, der(0x04, sha1("responder")));
        byte[] responseData = der(0x30, responderByKeyHash, time, der(0x30, singleResponse));
        byte[] signature = new byte[257];   // leading 0 = no unused bits, then a 2048-bit "signature"
        new SecureRandom().nextBytes(signature);
        signature[0] = 0;
        byte[] basicResponse = der(0x30, responseData, algorithm(SHA256_WITH_RSA), der(0x03, signature));
        byte[] responseBytes = der(0x30, oid(ID_PKIX_OCSP_BASIC), der(0x04, basicResponse));
        byte[] successful = der(0x0A, new byte[] {0});
        return Base64.getEncoder().encodeToString(der(0x30, successful, der(0xA0, responseBytes)));
    }

    private static byte[] algorithm(String oid) {
        return der(0x30, oid(oid), der(0x05));
    }

    private static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
            for (int group = groups - 1; group >= 0; group--) {
                int sevenBits = (int) ((arc >>> (7 * group)) & 0x7F);
                content.write(group == 0 ? sevenBits : sevenBits | 0x80);
            }
        }
        return der(0x06, content.toByteArray());
    }

    /** One DER TLV whose content is the given parts, concatenated. */
    private static byte[] der(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream tlv = new ByteArrayOutputStream();
        tlv.write(tag);
        int length = content.size();
        if (length < 0x80) {
            tlv.write(length);
        } else {
            byte[] lengthBytes = BigInteger.valueOf(length).toByteArray();
            int offset = lengthBytes[0] == 0 ? 1 : 0;
            tlv.write(0x80 | (lengthBytes.length - offset));
            tlv.write(lengthBytes, offset, lengthBytes.length - offset);
        }
        tlv.writeBytes(content.toByteArray());
        return tlv.toByteArray();
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
