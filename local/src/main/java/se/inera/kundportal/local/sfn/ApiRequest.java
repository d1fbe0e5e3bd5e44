package se.inera.kundportal.local.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * The members of one operation's JSON input, read with the checks AWS applies before the operation
 * runs: a member of the wrong JSON type is a {@code SerializationException}, a missing required or
 * out-of-range member a {@code ValidationException}.
 */
final class ApiRequest {
    private final ObjectNode body;

    ApiRequest(ObjectNode body) {
        this.body = body;
    }

    String requiredString(String member, int maxLength) {
        String value = optionalString(member, maxLength)
                .orElseThrow(() -> SfnApiException.validation(member, null, "Member must not be null"));
        if (value.isEmpty()) {
            throw SfnApiException.validation(member, value, "Member must have length greater than or equal to 1");
        }
        return value;
    }

    Optional<String> optionalString(String member, int maxLength) {
        JsonNode value = present(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw SfnApiException.serialization("Member '" + member + "' must be a string, got " + value.getNodeType());
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            throw SfnApiException.validation(member, abbreviate(text),
                    "Member must have length less than or equal to " + maxLength);
        }
        return Optional.of(text);
    }

    /** A string member that must be one of {@code allowed} (an enum in the API model). */
    Optional<String> optionalEnum(String member, Set<String> allowed) {
        Optional<String> value = optionalString(member, 64);
        value.filter(text -> !allowed.contains(text)).ifPresent(text -> {
            throw SfnApiException.validation(member, text,
                    "Member must satisfy enum value set: " + allowed.stream().sorted().toList());
        });
        return value;
    }

    boolean optionalBoolean(String member, boolean absent) {
        JsonNode value = present(member);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw SfnApiException.serialization("Member '" + member + "' must be a boolean, got " + value.getNodeType());
        }
        return value.booleanValue();
    }

    /** {@code maxResults}: 0 or absent means the service's default page size, as in AWS. */
    int pageSize(int defaultSize, int maxSize) {
        JsonNode value = present("maxResults");
        if (value == null) {
            return defaultSize;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw SfnApiException.serialization("Member 'maxResults' must be an integer, got " + value);
        }
        int size = value.intValue();
        if (size < 0) {
            throw SfnApiException.validation("maxResults", size, "Member must have value greater than or equal to 0");
        }
        if (size > maxSize) {
            throw SfnApiException.validation("maxResults", size,
                    "Member must have value less than or equal to " + maxSize);
        }
        return size == 0 ? defaultSize : size;
    }

    private JsonNode present(String member) {
        JsonNode value = body.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
