package se.inera.kundportal.local.sms;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The SMS capture on its own loopback HTTP server, for tests and for running it alone. Point an
 * {@code SnsClient}'s {@code endpointOverride} at {@link #endpoint()}.
 */
public final class SmsCaptureServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final SmsInbox inbox;

    private SmsCaptureServer(HttpServer server, ExecutorService executor, SmsInbox inbox) {
        this.server = server;
        this.executor = executor;
        this.inbox = inbox;
    }

    /** Starts on {@code port} of the loopback interface (0 picks a free port) with a fresh inbox. */
    public static SmsCaptureServer start(int port) {
        return start(port, new SmsInbox(SmsInbox.DEFAULT_CAPACITY));
    }

    public static SmsCaptureServer start(int port, SmsInbox inbox) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", new SmsCaptureHandler(inbox));
            ExecutorService executor = Executors.newFixedThreadPool(2);
            server.setExecutor(executor);
            server.start();
            return new SmsCaptureServer(server, executor, inbox);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SMS capture on port " + port, e);
        }
    }

    public SmsInbox inbox() {
        return inbox;
    }

    /** E.g. {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
