package se.inera.kundportal.local.sms;

import static se.inera.kundportal.local.http.HttpExchanges.parseForm;
import static se.inera.kundportal.local.http.HttpExchanges.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.owasp.encoder.Encode;

/**
 * Stands in for Amazon SNS {@code Publish} to a phone number and keeps what was sent.
 *
 * <p>The AWS SDK for Java v2 {@code SnsClient} (2.57.8) speaks the AWS Query protocol to SNS:
 * {@code POST /} with a form body {@code Action=Publish&Version=2010-03-31&PhoneNumber=…&Message=…}, answered
 * with {@code <PublishResponse>} XML (MessageId, RequestId) or {@code <ErrorResponse>} XML, which is what this
 * handler accepts and answers. For people and tests:
 * <ul>
 *   <li>{@code GET /messages[?phoneNumber=%2B46…]}: JSON {@code {"messages":[…]}}, newest first;</li>
 *   <li>{@code DELETE /messages}: forget everything;</li>
 *   <li>{@code GET /}: the same list as an HTML page (Swedish).</li>
 * </ul>
 * Signatures are not checked: any credentials work, as with the other local stand-ins.
 */
public final class SmsCaptureHandler implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(SmsCaptureHandler.class.getName());
    private static final String SNS_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
    private static final String SNS_API_VERSION = "2010-03-31";
    private static final int MAX_BODY_BYTES = 1_000_000;

    private final SmsInbox inbox;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public SmsCaptureHandler(SmsInbox inbox, Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SmsCaptureHandler(SmsInbox inbox) {
        this(inbox, Clock.systemUTC());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = pathInContext(exchange);
            String method = exchange.getRequestMethod();
            if (path.equals("/") && method.equals("POST")) {
                handleSnsAction(exchange);
            } else if (path.equals("/") && method.equals("GET")) {
                sendHtml(exchange, SmsInboxPage.render(inbox.messages(phoneNumberFilter(exchange)),
                        phoneNumberFilter(exchange), basePath(exchange)));
            } else if (path.equals("/messages") && method.equals("GET")) {
                sendMessagesJson(exchange, inbox.messages(phoneNumberFilter(exchange)));
            } else if (path.equals("/messages") && method.equals("DELETE")) {
                inbox.clear();
                exchange.sendResponseHeaders(204, -1);
            } else if (path.equals("/") || path.equals("/messages")) {
                exchange.getResponseHeaders().set("Allow", path.equals("/") ? "GET, POST" : "GET, DELETE");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "SMS capture failed on " + exchange.getRequestURI(), unexpected);
            sendError(exchange, new SnsQueryException(500, "InternalError", "Internal error in the SMS capture"));
        }
    }

    private void handleSnsAction(HttpExchange exchange) throws IOException {
        try {
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
                throw new SnsQueryException(400, "InvalidParameter",
                        "Expected an AWS Query request (application/x-www-form-urlencoded), got: " + contentType);
            }
            Map<String, String> parameters = parseForm(new String(readBody(exchange), StandardCharsets.UTF_8));
            String action = parameters.get("Action");
            if (action == null) {
                throw new SnsQueryException(400, "MissingAction", "Missing Action");
            }
            if (!action.equals("Publish")) {
                throw new SnsQueryException(400, "InvalidAction",
                        "Could not find operation " + action + " for version " + SNS_API_VERSION);
            }
            SnsPublishRequest publish = SnsPublishRequest.from(parameters);
            String messageId = UUID.randomUUID().toString();
            inbox.add(new CapturedSms(messageId, publish.phoneNumber(), publish.message(),
                    publish.messageAttributes(), clock.instant()));
            String requestId = UUID.randomUUID().toString();
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            send(exchange, 200, "text/xml", ("<PublishResponse xmlns=\"" + SNS_NAMESPACE + "\">"
                    + "<PublishResult><MessageId>" + messageId + "</MessageId></PublishResult>"
                    + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata>"
                    + "</PublishResponse>").getBytes(StandardCharsets.UTF_8));
        } catch (SnsQueryException e) {
            sendError(exchange, e);
        }
    }

    private void sendError(HttpExchange exchange, SnsQueryException error) throws IOException {
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        send(exchange, error.httpStatus(), "text/xml", ("<ErrorResponse xmlns=\"" + SNS_NAMESPACE + "\">"
                + "<Error><Type>" + error.type() + "</Type><Code>" + Encode.forXml(error.code()) + "</Code>"
                + "<Message>" + Encode.forXml(error.getMessage()) + "</Message></Error>"
                + "<RequestId>" + requestId + "</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8));
    }

    private void sendMessagesJson(HttpExchange exchange, List<CapturedSms> messages) throws IOException {
        ObjectNode body = json.createObjectNode();
        ArrayNode array = body.putArray("messages");
        for (CapturedSms sms : messages) {
            ObjectNode item = array.addObject()
                    .put("messageId", sms.messageId())
                    .put("phoneNumber", sms.phoneNumber())
                    .put("message", sms.message())
                    .put("receivedAt", sms.receivedAt().toString());
            ObjectNode attributes = item.putObject("messageAttributes");
            sms.messageAttributes().forEach(attributes::put);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, "application/json", json.writeValueAsBytes(body));
    }

    private void sendHtml(HttpExchange exchange, String html) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "no-referrer");
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code ?phoneNumber=}. An unencoded {@code +} arrives as a space after URL decoding; a leading space
     * before digits is read back as the {@code +} that was meant.
     */
    private static Optional<String> phoneNumberFilter(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        String value = parseForm(query).get("phoneNumber");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.matches(" \\d+") ? "+" + value.substring(1) : value.strip());
    }


    private static String basePath(HttpExchange exchange) {
        return exchange.getHttpContext().getPath().replaceAll("/+$", "");
    }

    private static String pathInContext(HttpExchange exchange) {
        String context = basePath(exchange);
        String path = exchange.getRequestURI().getPath();
        String inside = path.startsWith(context) ? path.substring(context.length()) : path;
        return inside.isEmpty() ? "/" : inside;
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new SnsQueryException(400, "InvalidParameter", "Request body too large");
            }
            return body;
        }
    }
}
