package se.inera.kundportal.local.asl;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import se.inera.kundportal.local.asl.intrinsics.IntrinsicFunctions;
import se.inera.kundportal.local.asl.intrinsics.JsonataFunctions;
import se.inera.kundportal.local.asl.intrinsics.PathResolver;

/** The engine's one door to the {@code States.*} intrinsics and AWS's JSONata extensions (package {@code intrinsics}). */
final class IntrinsicsBridge {
    private IntrinsicsBridge() {}

    static boolean isIntrinsic(String text) {
        return IntrinsicFunctions.isIntrinsic(text);
    }

    /** @throws se.inera.kundportal.local.asl.intrinsics.IntrinsicException as the intrinsics report it */
    static JsonNode evaluate(String expression, PathResolver resolver) {
        return IntrinsicFunctions.evaluate(expression, resolver);
    }

    static void registerJsonataExtensions(Jsonata expression) {
        JsonataFunctions.registerAll(expression);
    }
}
