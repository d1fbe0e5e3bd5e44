package se.inera.kundportal.functions.json;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The one {@link ObjectMapper} of the functions: built once per execution environment (building a
 * mapper is expensive, using it is thread-safe). Responses leave out null fields; requests may carry
 * fields the handler does not read (the browser client may be newer than the function).
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Instants as ISO-8601 text (2026-11-29T08:00:00Z), without pulling in the jsr310 module
            .addModule(new SimpleModule("instants-as-iso-8601").addSerializer(Instant.class,
                    ToStringSerializer.instance))
            .build();

    private Json() {
    }
}
