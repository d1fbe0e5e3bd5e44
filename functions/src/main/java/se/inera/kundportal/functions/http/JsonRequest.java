package se.inera.kundportal.functions.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.message.RequestMessages;
import se.inera.kundportal.functions.json.Json;

/**
 * A request's JSON body, read field by field by dotted path ({@code organisation.address.city}).
 * Malformed JSON, a body that is not an object, and a field of the wrong JSON type all become
 * field errors (400), never a 500: the getters record what is wrong and return null, and
 * {@link #throwIfInvalid()} reports every such field at once. Absent and {@code null} fields read
 * as null without an error; whether they are required is the use case's business.
 */
public final class JsonRequest {
    static final String BODY = "body";

    private final JsonNode root;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonRequest(JsonNode root) {
        this.root = root;
    }

    /**
     * Parses the event's body (base64-decoding it if API Gateway encoded it).
     *
     * @throws ValidationException if there is no body or it is not a JSON object
     */
    public static JsonRequest of(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null || body.isBlank()) {
            throw ValidationException.of(BODY, RequestMessages.BODY_MISSING);
        }
        if (event.getIsBase64Encoded()) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                throw ValidationException.of(BODY, RequestMessages.BODY_NOT_DECODABLE);
            }
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw ValidationException.of(BODY, RequestMessages.BODY_NOT_JSON);
        } catch (IOException unreadable) {
            throw ValidationException.of(BODY, RequestMessages.BODY_UNREADABLE);
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.of(BODY, RequestMessages.BODY_NOT_OBJECT);
        }
        return new JsonRequest(root);
    }

    /**
     * A text field. Numbers are taken as their text (a postal code or an organisationsnummer typed
     * as a number is still readable); booleans, objects and arrays are errors.
     */
    public String text(String path) {
        JsonNode node = find(path);
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        errors.add(new FieldError(path, RequestMessages.NOT_TEXT));
        return null;
    }

    /** A boolean field; the strings {@code "true"}/{@code "false"} are not accepted. */
    public Boolean bool(String path) {
        JsonNode node = find(path);
        if (node == null) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        errors.add(new FieldError(path, RequestMessages.NOT_BOOLEAN));
        return null;
    }

    /** A list of texts (e.g. roles); null when absent, an error for anything but an array of texts. */
    public List<String> texts(String path) {
        JsonNode node = find(path);
        if (node == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        node.forEach(element -> values.add(element.isTextual() ? element.textValue() : null));
        if (!node.isArray() || values.contains(null)) {
            errors.add(new FieldError(path, RequestMessages.NOT_TEXTS));
            return null;
        }
        return values;
    }

    /** True if the field is present and not {@code null}. */
    public boolean has(String path) {
        return find(path) != null;
    }

    /** The type errors recorded so far. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws one {@link ValidationException} listing every field of the wrong type, if any. */
    public void throwIfInvalid() {
        throwIfInvalid(List.of());
    }

    /**
     * Throws one {@link ValidationException} with the type errors and {@code otherErrors} (what the
     * domain found wrong with the values), if there are any. A field of the wrong type read as
     * absent, so the domain's "must be filled in" for it, or for anything inside it, is left out.
     */
    public void throwIfInvalid(List<FieldError> otherErrors) {
        List<FieldError> all = new ArrayList<>(errors);
        otherErrors.stream()
                .filter(other -> errors.stream().noneMatch(type -> other.field().equals(type.field())
                        || other.field().startsWith(type.field() + ".")))
                .forEach(all::add);
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
    }

    /** The node at {@code path}, or null when absent or JSON null; records an error for a non-object on the way. */
    private JsonNode find(String path) {
        JsonNode node = root;
        String[] parts = path.split("\\.");
        StringBuilder walked = new StringBuilder();
        for (String part : parts) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (!node.isObject()) {
                String parent = walked.toString();
                if (errors.stream().noneMatch(e -> e.field().equals(parent))) {
                    errors.add(new FieldError(parent, RequestMessages.NOT_OBJECT));
                }
                return null;
            }
            node = node.get(part);
            walked.append(walked.length() == 0 ? "" : ".").append(part);
        }
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }
}
