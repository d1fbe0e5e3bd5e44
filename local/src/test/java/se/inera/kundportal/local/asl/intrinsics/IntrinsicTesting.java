package se.inera.kundportal.local.asl.intrinsics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Helpers for the intrinsic unit tests: evaluation against a JSON input with the corpus test's path subset. */
final class IntrinsicTesting {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IntrinsicTesting() {}

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode evaluate(String expression, String inputJson) {
        JsonNode input = json(inputJson);
        return IntrinsicFunctions.evaluate(expression, path -> IntrinsicCorpusTest.resolve(path, input, JSON.createObjectNode()));
    }

    static JsonNode evaluate(String expression) {
        return evaluate(expression, "{}");
    }
}
