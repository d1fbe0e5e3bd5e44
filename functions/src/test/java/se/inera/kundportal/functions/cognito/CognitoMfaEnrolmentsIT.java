package se.inera.kundportal.functions.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/** An operator enrols an authenticator app as deploy.md describes it, against cognito-local. */
@StandIns(StandIn.COGNITO)
class CognitoMfaEnrolmentsIT {
    private static final String PASSWORD = "Operator-Lokal-2026!";

    private CognitoIdentityProviderClient cognito;
    private String userPoolId;
    private String clientId;
    private String username;

    @BeforeEach
    void createAnOperatorAccount(StandInsEnvironment standIns) {
        cognito = standIns.cognito();
        userPoolId = standIns.userPool().userPoolId();
        clientId = standIns.userPool().clientId();
        username = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@inera.example";
        cognito.adminCreateUser(request -> request.userPoolId(userPoolId).username(username)
                .messageAction("SUPPRESS"));
        cognito.adminSetUserPassword(request -> request.userPoolId(userPoolId).username(username).password(PASSWORD)
                .permanent(true));
    }

    @Test
    void anAccountHasAnAuthenticatorAppOnlyOnceItsFirstCodeIsVerified() throws Exception {
        CognitoMfaEnrolments enrolments = new CognitoMfaEnrolments(cognito);
        assertThat(enrolments.hasAuthenticatorApp(userPoolId, username)).isFalse();

        String accessToken = cognito.initiateAuth(request -> request.clientId(clientId)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PASSWORD)))
                .authenticationResult().accessToken();
        String secret = cognito.associateSoftwareToken(request -> request.accessToken(accessToken)).secretCode();
        assertThat(enrolments.hasAuthenticatorApp(userPoolId, username)).as("associated, not verified").isFalse();

        String code = totp(secret, Instant.now());
        cognito.verifySoftwareToken(request -> request.accessToken(accessToken).userCode(code)
                .friendlyDeviceName("Telefon"));

        assertThat(enrolments.hasAuthenticatorApp(userPoolId, username)).isTrue();
    }

    /** RFC 6238 with the authenticator apps' settings: HMAC-SHA1, 30-second steps, six digits. */
    private static String totp(String base32Secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int code = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
        return String.format(Locale.ROOT, "%06d", code);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
