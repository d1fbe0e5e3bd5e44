package se.inera.kundportal.standins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The mail the SES stand-in (aws-ses-v2-local) has accepted, read over its HTTP store API. */
public final class SesMailbox {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public SesMailbox(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Every mail accepted since the stand-in started or was last {@link #clear() cleared}, oldest first. */
    public List<SentMail> sentMails() {
        String body = send(HttpRequest.newBuilder(endpoint.resolve("/store")).GET());
        JsonNode store;
        try {
            store = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("SES stand-in's /store is not JSON: " + body, e);
        }
        List<SentMail> mails = new ArrayList<>();
        for (JsonNode mail : store.path("emails")) {
            mails.add(toSentMail(mail));
        }
        return List.copyOf(mails);
    }

    /** The mails with this address among their recipients; the stand-in is shared, so tests filter by a unique address. */
    public List<SentMail> sentMailsTo(String address) {
        return sentMails().stream().filter(mail -> mail.isAddressedTo(address)).toList();
    }

    /** Forgets every stored mail (affects every test using this stand-in). */
    public void clear() {
        send(HttpRequest.newBuilder(endpoint.resolve("/clear-store")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SES stand-in answered " + response.statusCode() + " to "
                        + response.request().uri() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("SES stand-in at " + endpoint + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the SES stand-in's mail", e);
        }
    }

    private static SentMail toSentMail(JsonNode mail) {
        JsonNode destination = mail.path("destination");
        return new SentMail(
                mail.path("messageId").asText(),
                mail.path("from").asText(),
                strings(destination.path("to")),
                strings(destination.path("cc")),
                strings(destination.path("bcc")),
                mail.path("subject").asText(),
                optionalText(mail.path("body").path("html")),
                optionalText(mail.path("body").path("text")),
                Instant.ofEpochSecond(mail.path("at").asLong()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Optional<String> optionalText(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
