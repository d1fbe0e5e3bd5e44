package se.inera.kundportal.local.bankid;

import static se.inera.kundportal.local.http.HttpExchanges.parseForm;
import static se.inera.kundportal.local.http.HttpExchanges.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP face of the {@link BankIdSimulator}, mounted under a base path such as {@code /rp/v6.0}:
 * <ul>
 *   <li>the RP API v6.0: {@code POST /auth}, {@code /sign}, {@code /collect}, {@code /cancel} (JSON; errors as
 *       {@code {"errorCode","details"}} with BankID's status codes);</li>
 *   <li>the user's BankID app as a page: {@code GET /app} lists orders in progress and takes a scanned QR code or
 *       autoStartToken; {@code /app/orders/{orderRef}} walks one order through choosing a test person,
 *       signing or cancelling (every action a POST).</li>
 * </ul>
 * The path inside the mount point is taken relative to the {@code HttpContext}, so any base path works.
 */
public final class BankIdSimulatorHandler implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(BankIdSimulatorHandler.class.getName());
    private static final int MAX_BODY_BYTES = 1_000_000;
    private static final String ORDERS_PREFIX = "/app/orders/";

    private final BankIdSimulator simulator;
    private final OrderRequestParser parser = new OrderRequestParser();
    private final ObjectMapper json = new ObjectMapper();

    public BankIdSimulatorHandler(BankIdSimulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = pathInContext(exchange);
            if (path.equals("/app") || path.startsWith("/app/")) {
                handleApp(exchange, path);
            } else {
                handleApi(exchange, path);
            }
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "BankID simulator failed on " + exchange.getRequestURI(), unexpected);
            sendJson(exchange, 500, error("internalError", "Internal error in the BankID simulator"));
        }
    }

    // ---- RP API ----

    private void handleApi(HttpExchange exchange, String path) throws IOException {
        try {
            if (!path.equals("/auth") && !path.equals("/sign") && !path.equals("/collect")
                    && !path.equals("/cancel")) {
                throw BankIdApiException.notFound(path);
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                throw BankIdApiException.methodNotAllowed(exchange.getRequestMethod());
            }
            simulator.throwInjectedFault(path.substring(1));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType == null || !contentType.strip().equalsIgnoreCase("application/json")) {
                throw BankIdApiException.unsupportedMediaType(contentType);
            }
            JsonNode body = readJson(exchange);
            Object response = switch (path) {
                case "/auth" -> simulator.start(parser.parse(OrderType.AUTH, body));
                case "/sign" -> simulator.start(parser.parse(OrderType.SIGN, body));
                case "/collect" -> simulator.collect(parser.orderRef(body));
                default -> {
                    simulator.cancel(parser.orderRef(body));
                    yield json.createObjectNode();
                }
            };
            sendJson(exchange, 200, response);
        } catch (BankIdApiException e) {
            sendJson(exchange, e.httpStatus(), error(e.errorCode(), e.details()));
        }
    }

    private JsonNode readJson(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange);
        try {
            return json.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw BankIdApiException.invalidParameters("Request body is not valid JSON");
        }
    }

    private ObjectNode error(String errorCode, String details) {
        return json.createObjectNode().put("errorCode", errorCode).put("details", details);
    }

    private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    // ---- the app ----

    private void handleApp(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        String base = exchange.getHttpContext().getPath().replaceAll("/+$", "");
        BankIdAppPage page = new BankIdAppPage(base, simulator.testPersons(), simulator.settings().serverName());
        if (method.equals("GET") && path.equals("/app/app.css")) {
            sendResource(exchange, "app.css", "text/css; charset=utf-8");
        } else if (method.equals("GET") && path.equals("/app/app.js")) {
            sendResource(exchange, "app.js", "text/javascript; charset=utf-8");
        } else if (method.equals("GET") && (path.equals("/app") || path.equals("/app/"))) {
            sendHtml(exchange, 200, page.orderList(simulator.ordersInProgress(), Optional.empty()));
        } else if (method.equals("POST") && path.equals("/app/open")) {
            String code = readForm(exchange).getOrDefault("code", "");
            try {
                OrderSnapshot order = simulator.openInApp(code);
                redirect(exchange, page.orderPath(order.orderRef()));
            } catch (AppActionException refused) {
                sendHtml(exchange, 400, page.orderList(simulator.ordersInProgress(),
                        Optional.of(refused.getMessage())));
            }
        } else if (path.startsWith(ORDERS_PREFIX)) {
            handleOrderPage(exchange, path.substring(ORDERS_PREFIX.length()), page);
        } else {
            sendHtml(exchange, 404, page.notFound());
        }
    }

    private void handleOrderPage(HttpExchange exchange, String rest, BankIdAppPage page) throws IOException {
        String[] parts = rest.split("/", -1);
        String orderRef = parts[0];
        String method = exchange.getRequestMethod();
        if (parts.length == 1 && method.equals("GET")) {
            Optional<OrderSnapshot> order = simulator.order(orderRef);
            if (order.isEmpty()) {
                sendHtml(exchange, 404, page.notFound());
            } else {
                sendHtml(exchange, 200, page.order(order.get(), Optional.empty()));
            }
            return;
        }
        if (parts.length != 2 || !method.equals("POST")) {
            sendHtml(exchange, parts.length == 2 ? 405 : 404, page.notFound());
            return;
        }
        Map<String, String> form = readForm(exchange);
        try {
            switch (parts[1]) {
                case "identify" -> simulator.identify(orderRef, form.getOrDefault("personalNumber", ""),
                        exchange.getRemoteAddress().getAddress().getHostAddress());
                case "mrtd" -> simulator.scanTravelDocument(orderRef);
                case "confirm" -> simulator.confirm(orderRef);
                case "cancel" -> simulator.cancelInApp(orderRef);
                default -> {
                    sendHtml(exchange, 404, page.notFound());
                    return;
                }
            }
            redirect(exchange, page.orderPath(orderRef));
        } catch (AppActionException refused) {
            Optional<OrderSnapshot> order = simulator.order(orderRef);
            if (order.isEmpty()) {
                sendHtml(exchange, 404, page.notFound());
            } else {
                sendHtml(exchange, 409, page.order(order.get(), Optional.of(refused.getMessage())));
            }
        }
    }

    private Map<String, String> readForm(HttpExchange exchange) throws IOException {
        return parseForm(new String(readBody(exchange), StandardCharsets.UTF_8));
    }

    private void sendResource(HttpExchange exchange, String name, String contentType) throws IOException {
        try (InputStream in = BankIdSimulatorHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, contentType, in.readAllBytes());
        }
    }

    private void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "no-referrer");
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Post/redirect/get, so that reloading a page never repeats an action. */
    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    // ---- plumbing ----

    private static String pathInContext(HttpExchange exchange) {
        String context = exchange.getHttpContext().getPath().replaceAll("/+$", "");
        String path = exchange.getRequestURI().getPath();
        String inside = path.startsWith(context) ? path.substring(context.length()) : path;
        return inside.isEmpty() ? "/" : inside;
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw BankIdApiException.invalidParameters("Request body too large");
            }
            return body;
        }
    }
}
