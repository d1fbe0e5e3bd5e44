package se.inera.kundportal.functions.aws;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The environment the handlers read their configuration from: the process's environment variables, overlaid
 * with system properties named {@code kundportal.env.<NAME>}. In Lambda there are no such properties and this is
 * {@code System.getenv()}; the local runtime invokes the handlers in its own JVM, which cannot set environment
 * variables, so it hands each variable over as {@code -Dkundportal.env.TABLE_NAME=…} instead.
 */
public final class ProcessEnvironment {
    /** The prefix of the system properties that stand for environment variables. */
    public static final String PROPERTY_PREFIX = "kundportal.env.";

    private ProcessEnvironment() {
    }

    /** Environment variables, with {@code kundportal.env.*} system properties taking precedence; unmodifiable. */
    public static Map<String, String> get() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        Properties properties = System.getProperties();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PROPERTY_PREFIX) && name.length() > PROPERTY_PREFIX.length()) {
                environment.put(name.substring(PROPERTY_PREFIX.length()), properties.getProperty(name));
            }
        }
        return Map.copyOf(environment);
    }
}
