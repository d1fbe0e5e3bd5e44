package se.inera.kundportal.local.bankid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain java.net.http calls against a running simulator: the RP API (JSON) and the app page (forms). */
final class RpApiClient {
    record JsonResponse(int status, JsonNode body) {}

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI apiBase;

    RpApiClient(URI apiBase) {
        this.apiBase = apiBase;
    }

    JsonResponse post(String method, String jsonBody) {
        return post(method, jsonBody, "application/json");
    }

    JsonResponse post(String method, String jsonBody, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + method))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return asJson(send(request));
    }

    JsonResponse get(String method) {
        return asJson(send(HttpRequest.newBuilder(URI.create(apiBase + method)).GET().build()));
    }

    JsonResponse collect(String orderRef) {
        return post("/collect", "{\"orderRef\":\"" + orderRef + "\"}");
    }

    HttpResponse<String> getPage(String pathInBase) {
        return send(HttpRequest.newBuilder(URI.create(apiBase + pathInBase)).GET().build());
    }

    HttpResponse<String> postForm(String pathInBase, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(apiBase + pathInBase))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private JsonResponse asJson(HttpResponse<String> response) {
        try {
            return new JsonResponse(response.statusCode(), json.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
