package se.inera.kundportal.local.gateway;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The RSA signing keys an issuer publishes at {@code <issuer>/.well-known/jwks.json}, fetched on first use, cached,
 * and fetched again when a token names a {@code kid} not seen yet (the issuer rotated its keys) — at most once per
 * {@link #REFETCH_INTERVAL}, so tokens with made-up key ids cannot make the gateway hammer the issuer.
 */
final class JwksKeys {
    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI jwksUrl;
    private final HttpClient http;
    private final Clock clock;
    private Map<String, PublicKey> keysById = Map.of();
    private Instant lastFetch;

    JwksKeys(URI jwksUrl, HttpClient http, Clock clock) {
        this.jwksUrl = jwksUrl;
        this.http = http;
        this.clock = clock;
    }

    /** The key with id {@code kid}, fetching the JWKS when the cache lacks it. */
    synchronized Optional<PublicKey> key(String kid) throws IOException {
        PublicKey cached = keysById.get(kid);
        if (cached != null) {
            return Optional.of(cached);
        }
        Instant now = clock.instant();
        if (lastFetch == null || !now.isBefore(lastFetch.plus(REFETCH_INTERVAL))) {
            lastFetch = now;
            keysById = fetch();
        }
        return Optional.ofNullable(keysById.get(kid));
    }

    private Map<String, PublicKey> fetch() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(jwksUrl).timeout(FETCH_TIMEOUT).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + jwksUrl, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + jwksUrl + " answered " + response.statusCode());
        }
        return parse(JSON.readTree(response.body()));
    }

    /** The RSA keys of a JWKS document by {@code kid}; keys of other types are skipped. */
    static Map<String, PublicKey> parse(JsonNode jwks) throws IOException {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonNode key : jwks.path("keys")) {
            if (!"RSA".equals(key.path("kty").asText()) || "enc".equals(key.path("use").asText())) {
                continue;
            }
            try {
                BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText()));
                BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(key.path("e").asText()));
                keys.put(key.path("kid").asText(),
                        KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IOException("The JWKS holds an unreadable RSA key " + key.path("kid").asText(), e);
            }
        }
        return Map.copyOf(keys);
    }
}
