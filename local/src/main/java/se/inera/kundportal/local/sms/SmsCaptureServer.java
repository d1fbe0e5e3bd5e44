package se.inera.kundportal.local.sms;

import java.net.URI;
import se.inera.kundportal.local.http.LoopbackHttpServer;

/**
 * The SMS capture on its own loopback HTTP server, for tests and for running it alone. Point an
 * {@code SnsClient}'s {@code endpointOverride} at {@link #endpoint()}.
 */
public final class SmsCaptureServer implements AutoCloseable {
    private final LoopbackHttpServer server;
    private final SmsInbox inbox;

    private SmsCaptureServer(LoopbackHttpServer server, SmsInbox inbox) {
        this.server = server;
        this.inbox = inbox;
    }

    /** Starts on {@code port} of the loopback interface (0 picks a free port) with a fresh inbox. */
    public static SmsCaptureServer start(int port) {
        return start(port, new SmsInbox(SmsInbox.DEFAULT_CAPACITY));
    }

    public static SmsCaptureServer start(int port, SmsInbox inbox) {
        LoopbackHttpServer server = LoopbackHttpServer.start("SMS capture", port, "/", new SmsCaptureHandler(inbox), 2);
        return new SmsCaptureServer(server, inbox);
    }

    public SmsInbox inbox() {
        return inbox;
    }

    /** E.g. {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return URI.create(server.origin());
    }

    @Override
    public void close() {
        server.close();
    }
}
