package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.core.testing.TestData;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.SesMailbox;
import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

/**
 * The local runtime as a browser and a mail reader see it: HTTP through the local gateway with real cognito-local
 * ID tokens, people signing in from the temporary password in their mail (the forced new password first), and
 * customers registered by the operator.
 */
final class Portal {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Tillfälligt lösenord: (\\S+)");
    static final String NEW_PASSWORD = "Eget-Losenord-2026!";

    final LocalRuntime.Endpoints endpoints;
    final SesMailbox mailbox;

    Portal(LocalRuntime.Endpoints endpoints) {
        this.endpoints = endpoints;
        this.mailbox = new SesMailbox(endpoints.ses());
    }

    /** A status and the JSON body (empty for 204). */
    record Answer(int status, JsonNode body, String raw) {
        JsonNode at(String pointer) {
            return body.at(pointer);
        }
    }

    Answer call(String method, String path, Optional<String> token, Object body) {
        return call(method, path, token, body, Map.of());
    }

    /** With request {@code headers} besides the token's (e.g. an Idempotency-Key). */
    Answer call(String method, String path, Optional<String> token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.portal().resolve(path))
                    .timeout(Duration.ofSeconds(60));
            headers.forEach(request::header);
            token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
            if (body != null) {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                                : JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode parsed = raw == null || raw.isBlank() ? JSON.nullNode() : JSON.readTree(raw);
            return new Answer(response.statusCode(), parsed, raw == null ? "" : raw);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer call(String method, String path, String token, Object body) {
        return call(method, path, Optional.of(token), body);
    }

    String operatorToken() {
        try (CognitoIdentityProviderClient cognito = cognito()) {
            return cognito.initiateAuth(request -> request.clientId(endpoints.userPoolClientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", OperatorAccount.LOCAL.email(),
                            "PASSWORD", OperatorAccount.LOCAL.password())))
                    .authenticationResult().idToken();
        }
    }

    /**
     * Signs in for the first time with the temporary password from the newest mail to {@code email}, choosing a
     * password of one's own as Cognito forces, and returns the ID token.
     */
    String signInFirstTime(String email) {
        String temporary = temporaryPassword(email);
        try (CognitoIdentityProviderClient cognito = cognito()) {
            InitiateAuthResponse first = cognito.initiateAuth(request -> request.clientId(endpoints.userPoolClientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", email, "PASSWORD", temporary)));
            assertThat(first.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
            return cognito.respondToAuthChallenge(request -> request.clientId(endpoints.userPoolClientId())
                    .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(first.session())
                    .challengeResponses(Map.of("USERNAME", email, "NEW_PASSWORD", NEW_PASSWORD)))
                    .authenticationResult().idToken();
        }
    }

    /** Polls the SES stand-in until a mail to {@code email} has a temporary password; the newest one. */
    String temporaryPassword(String email) {
        SentMail mail = awaitMail(email, text -> TEMPORARY_PASSWORD.matcher(text).find());
        Matcher matcher = TEMPORARY_PASSWORD.matcher(mail.textBody().orElseThrow());
        String password = null;
        while (matcher.find()) {
            password = matcher.group(1);
        }
        return password;
    }

    /** The newest mail to {@code email} whose text matches, polled for (the mail goes out within the request). */
    SentMail awaitMail(String email, java.util.function.Predicate<String> text) {
        return await(() -> {
            List<SentMail> mails = mailbox.sentMailsTo(email).stream()
                    .filter(mail -> mail.textBody().map(text::test).orElse(false)).toList();
            return mails.isEmpty() ? Optional.empty() : Optional.of(mails.get(mails.size() - 1));
        }, () -> "No mail to " + email + " arrived; the mailbox has " + mailbox.sentMails());
    }

    /** Polls {@code probe} until it finds something; fails with {@code missing}'s words after a generous while. */
    static <T> T await(Supplier<Optional<T>> probe, Supplier<String> missing) {
        return TestData.await(probe, missing, Duration.ofSeconds(20));
    }

    /** A customer Inera registers directly (it has Kundavtal 2) with its administrator, signed in; returns the token. */
    String registerCustomer(String organisationsnummer, String name, String administratorEmail) {
        Map<String, Object> body = Map.of(
                "organisation", Map.of("name", name, "organisationsnummer", organisationsnummer,
                        "address", Map.of("street", "Regionens hus", "postalCode", "11122", "city", "Exempelstad")),
                "invoicing", Map.of("address", Map.of("street", "Box 456", "postalCode", "111 22", "city", "Exempelstad"),
                        "reference", "Ref 1234"),
                "administrator", Map.of("name", "Admin " + name, "email", administratorEmail, "mobile", "0701112233"),
                "agreement", Map.of("signedOn", "2025-03-14", "reference", "Dnr 2025/0042"));
        Answer registered = call("POST", "/operator/customers", operatorToken(), body);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return signInFirstTime(administratorEmail);
    }

    static Map<String, Object> person(String name, String email, String personnummer, String... roles) {
        return Map.of("name", name, "email", email, "mobile", "+46701234567",
                "personnummer", personnummer == null ? "" : personnummer, "roles", List.of(roles));
    }

    /** A fresh e-mail address, so that runs and tests never share a person. */
    static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@region.example.se";
    }

    /** A fresh valid organisationsnummer (group 2: state, regions and municipalities), Luhn check digit included. */
    static String organisationsnummer() {
        return TestData.organisationsnummer();
    }

    private CognitoIdentityProviderClient cognito() {
        return StandInClients.cognito(endpoints.cognito());
    }
}
