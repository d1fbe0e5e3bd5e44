package se.inera.kundportal.local.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * {@code GET /config.json}: the web client's settings for this runtime (see {@code web/app/config.js}) - where
 * cognito-local answers, the app client, the region, the BankID simulator's app page, and {@code developerLinks}: the
 * pages a developer watches (sent mail, sent SMS, the BankID app, the executions console), which the client's
 * developer menu links. Served from memory, so nothing is written into {@code web/} and the ports of this start are
 * always the ones the browser gets. A deployment's config.json ({@code deploy/publish-web.sh}) has no developer links.
 */
final class WebClientConfig implements HttpHandler {
    static final String PATH = "/config.json";

    private final byte[] body;

    /** The local pages a developer watches, each an absolute URL. */
    record DeveloperLinks(URI mailbox, URI sms, URI bankIdApp, URI executions) {
        Map<String, String> asJson() {
            Map<String, String> links = new LinkedHashMap<>();
            links.put("mailbox", mailbox.toString());
            links.put("sms", sms.toString());
            links.put("bankIdApp", bankIdApp.toString());
            links.put("executions", executions.toString());
            return links;
        }
    }

    WebClientConfig(URI cognitoEndpoint, String userPoolClientId, String region, URI bankIdSimulatorApp,
                    DeveloperLinks developerLinks) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("cognitoEndpoint", cognitoEndpoint.toString().endsWith("/") ? cognitoEndpoint.toString()
                : cognitoEndpoint + "/");
        config.put("userPoolClientId", userPoolClientId);
        config.put("region", region);
        config.put("bankIdSimulatorUrl", bankIdSimulatorApp.toString());
        config.put("developerLinks", developerLinks.asJson());
        try {
            body = new ObjectMapper().writeValueAsBytes(config);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the web client's settings", e);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
