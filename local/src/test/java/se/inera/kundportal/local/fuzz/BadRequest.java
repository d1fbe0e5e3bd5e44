package se.inera.kundportal.local.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request, as raw as HTTP/1.1 allows: the request target is sent byte for byte (bad percent-encoding
 * included), the headers as given, the body as bytes (invalid UTF-8 included).
 *
 * @param kind what was made wrong, e.g. {@code body.field.wrongType organisation.name}
 */
public record BadRequest(int number, String kind, ApiOperations.Operation operation, String method, String target,
                         Map<String, String> headers, byte[] body) {

    public BadRequest {
        headers = new LinkedHashMap<>(headers);
    }

    /** How the failure report shows it: never the whole of a 1 MB body. */
    public String describe() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shownBody = text.length() > 300 ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text;
        String shownTarget = target.length() > 200 ? target.substring(0, 200) + "… (" + target.length() + ")" : target;
        Map<String, String> shownHeaders = new LinkedHashMap<>();
        headers.forEach((name, value) -> shownHeaders.put(name, value.length() > 80 ? value.substring(0, 80) + "…" : value));
        return "#" + number + " [" + kind + "] " + method + " " + shownTarget + " " + shownHeaders + " " + shownBody;
    }
}
