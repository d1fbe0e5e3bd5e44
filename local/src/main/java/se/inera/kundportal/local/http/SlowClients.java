package se.inera.kundportal.local.http;

import java.time.Duration;

/**
 * The cut-off for slow clients on every local server: a client that takes longer than {@link #REQUEST_READ_TIMEOUT}
 * to send its request line, headers and body (one byte now and then, as a slowloris does) has its connection closed,
 * so it cannot hold one of the few connection threads for good. The JDK's HTTP server measures this itself once the
 * system property {@value #PROPERTY} is set, which it reads once, when its first server is made: so
 * {@link #cutOff()} runs first thing in {@code Main}, and the test JVMs get the property from the build (local's
 * pom, kept equal to this constant by {@code SlowClientsTest}). Only the reading of the request is timed; the
 * handler's work (up to the integration timeout) and the response are not.
 */
public final class SlowClients {
    /** How long a client may take to send a whole request. */
    public static final Duration REQUEST_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The JDK HTTP server's limit, in seconds, on reading one request. */
    public static final String PROPERTY = "sun.net.httpserver.maxReqTime";

    private SlowClients() {}

    /** Sets the cut-off unless the JVM was started with one; effective when no HTTP server was made before. */
    public static void cutOff() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, String.valueOf(REQUEST_READ_TIMEOUT.toSeconds()));
        }
    }
}
