package se.inera.kundportal.local.bankid;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The simulator on its own loopback HTTP server, for tests and for running it alone. The RP API is at
 * {@link #apiBaseUri()} (configure the BankID client's base URL with it, plain HTTP, no client certificate);
 * the app page is at {@link #appUri()}.
 */
public final class BankIdSimulatorServer implements AutoCloseable {
    /** The real service's path prefix, kept so that only host, port and scheme differ from production. */
    public static final String BASE_PATH = "/rp/v6.0";

    private final HttpServer server;
    private final ExecutorService executor;
    private final BankIdSimulator simulator;

    private BankIdSimulatorServer(HttpServer server, ExecutorService executor, BankIdSimulator simulator) {
        this.server = server;
        this.executor = executor;
        this.simulator = simulator;
    }

    /** Starts on {@code port} of the loopback interface; 0 picks a free port. */
    public static BankIdSimulatorServer start(int port, BankIdSimulator simulator) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext(BASE_PATH, new BankIdSimulatorHandler(simulator));
            ExecutorService executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.start();
            return new BankIdSimulatorServer(server, executor, simulator);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the BankID simulator on port " + port, e);
        }
    }

    /** Starts with real time, the seeded test persons and BankID's time limits. */
    public static BankIdSimulatorServer start(int port) {
        return start(port, BankIdSimulator.withDefaults());
    }

    public BankIdSimulator simulator() {
        return simulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** E.g. {@code http://127.0.0.1:PORT/rp/v6.0}: append {@code /auth}, {@code /collect} and so on. */
    public URI apiBaseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + BASE_PATH);
    }

    public URI appUri() {
        return URI.create(apiBaseUri() + "/app");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
