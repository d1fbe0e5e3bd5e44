package se.inera.kundportal.local.asl.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The parsed form of an intrinsic expression: a function call whose arguments may be calls themselves. */
sealed interface IntrinsicCall {

    /** {@code States.Name(arg, ...)}. {@code name} is without the {@code States.} prefix. */
    record Call(String name, List<IntrinsicCall> arguments) implements IntrinsicCall {}

    /**
     * A literal value. For string literals {@code raw} keeps the text between the quotes with its
     * escapes, because {@code States.Format} must tell an escaped {@code \{} from a placeholder.
     */
    record Literal(JsonNode value, String raw) implements IntrinsicCall {}

    /** A path handed verbatim to the {@link PathResolver}. */
    record Path(String path) implements IntrinsicCall {}
}
