package se.inera.kundportal.local.sfn;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link StepFunctionsApi} on an HTTP server of its own; closing it stops the server. */
public final class StepFunctionsServer implements AutoCloseable {
    /** Requests only touch the engine's maps and queue work on its scheduler, so few threads suffice. */
    private static final int REQUEST_THREADS = 4;
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService requestThreads;

    private StepFunctionsServer(HttpServer server, ExecutorService requestThreads) {
        this.server = server;
        this.requestThreads = requestThreads;
    }

    static StepFunctionsServer start(StepFunctionsApi api, int port) throws IOException {
        requestNoDelay();
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(REQUEST_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sfn-api-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", api);
        server.setExecutor(threads);
        server.start();
        return new StepFunctionsServer(server, threads);
    }

    /**
     * The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the
     * body then waits for the client's delayed ACK, about 40 ms per call (measured: SendTaskSuccess
     * round trip 47 ms without, 2.6 ms with, see docs/performance.md). The JDK reads this property once,
     * when its first HTTP server starts, so a runtime that starts other servers first must set it itself.
     */
    private static void requestNoDelay() {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where an SDK client points its endpoint override. */
    public URI endpoint() {
        return URI.create("http://localhost:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
    }
}
