package se.inera.kundportal.local.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/** A token issuer for tests: RSA keys, a JWKS served over loopback HTTP and RS256-signed tokens. */
final class TestIssuer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Map.Entry<String, KeyPair>> published = new ArrayList<>();
    private final AtomicInteger jwksRequests = new AtomicInteger();

    TestIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pool/.well-known/jwks.json", exchange -> {
            jwksRequests.incrementAndGet();
            byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        publishNewKey("key-1");
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pool";
    }

    int jwksRequests() {
        return jwksRequests.get();
    }

    /** Adds a key to the JWKS (as an issuer does when it rotates keys) and returns it. */
    synchronized KeyPair publishNewKey(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            published.add(Map.entry(kid, keys));
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with the published key {@code kid}. */
    synchronized String token(String kid, ObjectNode claims) {
        KeyPair keys = published.stream().filter(entry -> entry.getKey().equals(kid)).findFirst().orElseThrow().getValue();
        return sign(kid, keys, claims);
    }

    static String sign(String kid, KeyPair keys, ObjectNode claims) {
        try {
            ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", kid);
            Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
            String signingInput = encoder.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + encoder.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encoder.encodeToString(signer.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized String jwks() throws IOException {
        ObjectNode document = JSON.createObjectNode();
        ArrayNode keys = document.putArray("keys");
        for (Map.Entry<String, KeyPair> entry : published) {
            RSAPublicKey key = (RSAPublicKey) entry.getValue().getPublic();
            keys.addObject().put("kty", "RSA").put("alg", "RS256").put("use", "sig").put("kid", entry.getKey())
                    .put("n", base64Url(key.getModulus())).put("e", base64Url(key.getPublicExponent()));
        }
        return JSON.writeValueAsString(document);
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
