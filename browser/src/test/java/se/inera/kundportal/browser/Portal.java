package se.inera.kundportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The portal over plain HTTP, for what a walk needs besides the browser: the web client's route list (the served
 * {@code /app/main.js}, the very file the browser runs) and the public API's {@code POST /applications}, to set up an
 * application without typing it in once more.
 */
final class Portal {
    /** A literal route of web/app/main.js: {@code { pattern: /^\/ansok\/?$/, page: renderApplication }}. */
    private static final Pattern ROUTE = Pattern.compile("\\{ pattern: /(.+?)/, page: (\\w+) }");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI portal;
    private final HttpClient http = HttpClient.newHttpClient();

    Portal(URI portal) {
        this.portal = portal;
    }

    /** A route of the web client: the page function and the path pattern (JavaScript's, which Java reads alike here). */
    record Route(String page, Pattern pattern) {
    }

    /** Every route in the served main.js; fails when there are none (the file changed shape). */
    List<Route> routes() {
        Matcher found = ROUTE.matcher(get("/app/main.js"));
        List<Route> routes = new ArrayList<>();
        while (found.find()) {
            routes.add(new Route(found.group(2), Pattern.compile(found.group(1))));
        }
        if (routes.isEmpty()) {
            throw new AssertionError("no route found in /app/main.js (expected lines like { pattern: /^\\/$/, page: … })");
        }
        return routes;
    }

    /**
     * Submits an application for {@code organisationsnummer} as the application page would (POST /applications, its
     * JSON), with unique addresses made from {@code suffix}; returns the application id.
     */
    String submitApplication(String organisationsnummer, String suffix, String signatoryPersonnummer) {
        Map<String, Object> address = Map.of("street", "Storgatan 1", "postalCode", "118 27", "city", "Exempelstad");
        Map<String, Object> form = Map.of(
                "organisation", Map.of("name", "Region Befintlig " + organisationsnummer,
                        "organisationsnummer", organisationsnummer, "address", address),
                "invoicing", Map.of("address", address, "reference", "Ref 9999"),
                "contacts", Map.of(
                        "administrator", contact("Bo Befintlig", "bo-" + suffix + "@befintlig.example.se", null),
                        "signatory", contact("Anna Andersson", "anna-" + suffix + "@befintlig.example.se", signatoryPersonnummer),
                        "agreementContact", contact("Karl Kontakt", "karl-" + suffix + "@befintlig.example.se", null)));
        try {
            String answer = send(HttpRequest.newBuilder(portal.resolve("/applications"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form))).build(), 201);
            return JSON.readTree(answer).path("applicationId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> contact(String name, String email, String personnummer) {
        return personnummer == null
                ? Map.of("name", name, "email", email, "mobile", "0701234567")
                : Map.of("name", name, "email", email, "mobile", "0701234567", "personnummer", personnummer);
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(portal.resolve(path)).GET().build(), 200);
    }

    /** The body of the answer to {@code request}, which must have status {@code expected}. */
    private String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != expected) {
                throw new AssertionError(request.method() + " " + request.uri().getPath() + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
