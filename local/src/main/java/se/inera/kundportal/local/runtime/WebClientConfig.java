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
 * cognito-local answers, the app client, the region and the BankID simulator's app page. Served from memory, so
 * nothing is written into {@code web/} and the ports of this start are always the ones the browser gets.
 */
final class WebClientConfig implements HttpHandler {
    static final String PATH = "/config.json";

    private final byte[] body;

    WebClientConfig(URI cognitoEndpoint, String userPoolClientId, String region, URI bankIdSimulatorApp) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("cognitoEndpoint", cognitoEndpoint.toString().endsWith("/") ? cognitoEndpoint.toString()
                : cognitoEndpoint + "/");
        config.put("userPoolClientId", userPoolClientId);
        config.put("region", region);
        config.put("bankIdSimulatorUrl", bankIdSimulatorApp.toString());
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
