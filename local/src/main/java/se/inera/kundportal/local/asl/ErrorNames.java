package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** How a Retry or Catch {@code ErrorEquals} list matches an error name. */
final class ErrorNames {
    private ErrorNames() {}

    static boolean matches(JsonNode errorEquals, String error) {
        if (errorEquals == null) {
            return false;
        }
        for (JsonNode name : errorEquals) {
            String candidate = name.asText();
            if (candidate.equals(StatesError.ALL)) {
                return true;
            }
            // States.TaskFailed stands for every error except a timeout.
            if (candidate.equals(StatesError.TASK_FAILED) && !StatesError.TIMEOUT.equals(error)) {
                return true;
            }
            if (candidate.equals(error)) {
                return true;
            }
        }
        return false;
    }
}
