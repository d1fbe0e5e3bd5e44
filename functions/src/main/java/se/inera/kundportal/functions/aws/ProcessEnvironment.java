package se.inera.kundportal.functions.aws;

import java.util.Map;

/**
 * The environment a handler's no-arg constructor (the one Lambda calls) reads its configuration from: the process's
 * environment variables, which Lambda sets from the function's template.yaml {@code Environment}. The local runtime
 * does not come through here: it builds each function's {@code Wiring} from that function's own variables.
 */
public final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    /** {@code System.getenv()}: unmodifiable. */
    public static Map<String, String> get() {
        return System.getenv();
    }
}
