package se.inera.kundportal.local.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.owasp.encoder.Encode;
import se.inera.kundportal.local.asl.json.Json;

/** Escaping and formatting shared by the console's pages. Every text from an execution passes through {@link #text}. */
final class Html {
    private Html() {}

    /** Escapes for element content and quoted attribute values alike (OWASP Java Encoder); null is empty. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return Encode.forHtml(value);
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** JSON text indented for reading; text that is not JSON is returned as it is. */
    static String prettyJson(String json) {
        if (json == null) {
            return "";
        }
        try {
            return pretty(Json.parse(json));
        } catch (IllegalArgumentException notJson) {
            return json;
        }
    }

    static String pretty(JsonNode json) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
    }

    /** Shortens a label to {@code max} characters, marking the cut with an ellipsis. */
    static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    /** A number for an SVG attribute: at most one decimal, always with a dot. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
