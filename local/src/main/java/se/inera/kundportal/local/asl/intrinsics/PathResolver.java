package se.inera.kundportal.local.asl.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Resolves a path argument of an intrinsic function against the state's current data:
 * {@code $.a.b} (the effective input), {@code $$.Execution.Id} (the context object) or
 * {@code $name.field} (a variable set by {@code Assign}). The engine supplies it.
 */
@FunctionalInterface
public interface PathResolver {
    /** @throws IntrinsicException with AWS's error name when the path does not resolve. */
    JsonNode resolve(String path);
}
