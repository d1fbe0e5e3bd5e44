package se.inera.kundportal.functions.bankid;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.functions.aws.AwsClients;
import se.inera.kundportal.functions.json.Json;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The RP API v6.0 over {@link HttpClient}. In production the base URL is https and the client
 * authenticates with the relying party's certificate (mutual TLS, {@link BankIdTls}); plain http is
 * accepted only for a loopback address, i.e. the local BankID simulator.
 */
public final class HttpBankIdClient implements BankIdClient {
    /** Environment variable with the API's base URL, e.g. {@code https://appapi2.test.bankid.com/rp/v6.0}. */
    public static final String BASE_URL_VARIABLE = "BANKID_BASE_URL";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Below the function timeout, so a hanging BankID gives the user a message rather than a 504. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final HttpClient http;

    public HttpBankIdClient(URI baseUrl, HttpClient http) {
        this.baseUrl = requireAllowedScheme(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Configured from {@value #BASE_URL_VARIABLE} and, for https, the client certificate in the Secrets Manager
     * secret that {@link BankIdTls} describes, read here once. Plain http (the local simulator) takes no
     * certificate: naming a secret there is a configuration mistake and refused.
     */
    public static HttpBankIdClient fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment, secretArn -> readSecret(environment, secretArn));
    }

    static HttpBankIdClient fromEnvironment(Map<String, String> environment, UnaryOperator<String> secrets) {
        String base = Optional.ofNullable(environment.get(BASE_URL_VARIABLE)).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException("Environment variable " + BASE_URL_VARIABLE
                        + " is not set"));
        URI baseUrl = requireAllowedScheme(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1)
                : base));
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if ("https".equals(baseUrl.getScheme())) {
            builder.sslContext(BankIdTls.fromEnvironment(environment, secrets));
        } else if (BankIdTls.secretArn(environment).isPresent()) {
            throw new IllegalStateException(BankIdTls.CLIENT_CERTIFICATE_SECRET_VARIABLE + " is set, but "
                    + BASE_URL_VARIABLE + " is plain http: a client certificate is only used over https");
        }
        return new HttpBankIdClient(baseUrl, builder.build());
    }

    /** One GetSecretValue; the client is closed again, since the secret is read only this once. */
    private static String readSecret(Map<String, String> environment, String secretArn) {
        try (SecretsManagerClient secrets = AwsClients.configured(SecretsManagerClient.builder(), environment).build()) {
            return secrets.getSecretValue(request -> request.secretId(secretArn)).secretString();
        }
    }

    @Override
    public BankId.Order sign(BankId.SignRequest order) {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("endUserIp", order.endUserIp())
                .put("userVisibleData", base64(order.visibleText().getBytes(StandardCharsets.UTF_8)))
                .put("userVisibleDataFormat", "simpleMarkdownV1")
                .put("userNonVisibleData", base64(order.documentDigest()));
        body.putObject("requirement").put("personalNumber", order.signatory().value());
        JsonNode answer = post("/sign", body);
        return new BankId.Order(required(answer, "orderRef"), required(answer, "autoStartToken"),
                required(answer, "qrStartToken"), required(answer, "qrStartSecret"));
    }

    @Override
    public CollectResult collect(String orderRef) {
        JsonNode answer = post("/collect", Json.MAPPER.createObjectNode().put("orderRef", orderRef));
        String status = required(answer, "status");
        Optional<String> hintCode = optional(answer, "hintCode");
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "pending" -> new CollectResult(orderRef, CollectResult.Status.PENDING, hintCode, Optional.empty());
            case "failed" -> new CollectResult(orderRef, CollectResult.Status.FAILED, hintCode, Optional.empty());
            case "complete" -> new CollectResult(orderRef, CollectResult.Status.COMPLETE, hintCode,
                    Optional.of(completion(answer.path("completionData"))));
            default -> throw new BankIdException(200, "unknownStatus", "collect status " + status);
        };
    }

    @Override
    public void cancel(String orderRef) {
        post("/cancel", Json.MAPPER.createObjectNode().put("orderRef", orderRef));
    }

    private static CollectResult.Completion completion(JsonNode data) {
        JsonNode user = data.path("user");
        return new CollectResult.Completion(required(user, "personalNumber"), required(user, "name"),
                optional(user, "givenName").orElse(""), optional(user, "surname").orElse(""),
                optional(data.path("device"), "ipAddress").orElse(""), required(data, "signature"),
                required(data, "ocspResponse"));
    }

    private JsonNode post(String method, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + method))
                .timeout(REQUEST_TIMEOUT)
                // exactly this: the RP API refuses a charset parameter
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(serialise(body)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BankIdException("No answer from BankID " + method, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BankIdException("Interrupted while calling BankID " + method, e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200) {
            throw new BankIdException(response.statusCode(), optional(answer, "errorCode").orElse(""),
                    optional(answer, "details").orElse(null));
        }
        if (!answer.isObject()) {
            throw new BankIdException(200, "", "answer to " + method + " is not a JSON object");
        }
        return answer;
    }

    private static byte[] serialise(ObjectNode body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ObjectNode always serialises", e);
        }
    }

    /** The answer as JSON; a body that is not JSON (a proxy's error page) reads as an empty object. */
    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : Json.MAPPER.readTree(body);
            return node == null ? Json.MAPPER.createObjectNode() : node;
        } catch (IOException notJson) {
            return Json.MAPPER.createObjectNode();
        }
    }

    private static String required(JsonNode node, String field) {
        return optional(node, field).orElseThrow(() ->
                new BankIdException(200, "", "BankID's answer lacks " + field));
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank()
                ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static URI requireAllowedScheme(URI url) {
        if ("https".equals(url.getScheme())) {
            return url;
        }
        if ("http".equals(url.getScheme()) && isLoopback(url.getHost())) {
            return url;
        }
        throw new IllegalArgumentException("BankID must be reached over https (plain http only for a local "
                + "simulator on a loopback address): " + url);
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            return false; // a name other than localhost: no lookup, not trusted as loopback
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
