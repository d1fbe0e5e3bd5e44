package se.inera.kundportal.local.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A compact JWS ({@code header.payload.signature}, base64url), decoded but not yet verified. */
record JsonWebToken(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonWebToken parse(String compact) throws InvalidTokenException {
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("the token is not a JWS compact serialization");
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            JsonNode header = JSON.readTree(decoder.decode(parts[0]));
            JsonNode claims = JSON.readTree(decoder.decode(parts[1]));
            if (header == null || !header.isObject() || claims == null || !claims.isObject()) {
                throw new InvalidTokenException("the token's header or claims are not JSON objects");
            }
            byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return new JsonWebToken(header, claims, signingInput, decoder.decode(parts[2]));
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidTokenException("the token is not valid base64url JSON");
        }
    }

    /** Why a token was refused; the message is what API Gateway puts in {@code error_description}. */
    static final class InvalidTokenException extends Exception {
        InvalidTokenException(String message) {
            super(message, null, false, false);
        }
    }
}
