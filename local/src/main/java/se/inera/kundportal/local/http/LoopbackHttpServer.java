package se.inera.kundportal.local.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A started JDK {@link HttpServer} on the loopback interface serving one handler, as each simulator runs alone; like
 * every local server it answers only to a loopback {@code Host} ({@link LoopbackHostFilter}).
 */
public final class LoopbackHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts on {@code port} (0 picks a free one); {@code description} names the server in the failure message. */
    public static LoopbackHttpServer start(String description, int port, String path, HttpHandler handler,
            int threadCount) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext(path, handler).getFilters().add(new LoopbackHostFilter(server.getAddress().getPort()));
            ExecutorService executor = Executors.newFixedThreadPool(threadCount);
            server.setExecutor(executor);
            server.start();
            return new LoopbackHttpServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the " + description + " on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, by address rather than name, so no resolver is involved. */
    public String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
