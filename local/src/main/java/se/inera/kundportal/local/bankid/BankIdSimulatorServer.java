package se.inera.kundportal.local.bankid;

import java.net.URI;
import se.inera.kundportal.local.http.LoopbackHttpServer;

/**
 * The simulator on its own loopback HTTP server, for tests and for running it alone. The RP API is at
 * {@link #apiBaseUri()} (configure the BankID client's base URL with it, plain HTTP, no client certificate);
 * the app page is at {@link #appUri()}.
 */
public final class BankIdSimulatorServer implements AutoCloseable {
    /** The real service's path prefix, kept so that only host, port and scheme differ from production. */
    public static final String BASE_PATH = "/rp/v6.0";

    private final LoopbackHttpServer server;
    private final BankIdSimulator simulator;

    private BankIdSimulatorServer(LoopbackHttpServer server, BankIdSimulator simulator) {
        this.server = server;
        this.simulator = simulator;
    }

    /** Starts on {@code port} of the loopback interface; 0 picks a free port. */
    public static BankIdSimulatorServer start(int port, BankIdSimulator simulator) {
        LoopbackHttpServer server = LoopbackHttpServer.start("BankID simulator", port, BASE_PATH,
                new BankIdSimulatorHandler(simulator), 4);
        return new BankIdSimulatorServer(server, simulator);
    }

    /** Starts with real time, the seeded test persons and BankID's time limits. */
    public static BankIdSimulatorServer start(int port) {
        return start(port, BankIdSimulator.withDefaults());
    }

    public BankIdSimulator simulator() {
        return simulator;
    }

    public int port() {
        return server.port();
    }

    /** E.g. {@code http://127.0.0.1:PORT/rp/v6.0}: append {@code /auth}, {@code /collect} and so on. */
    public URI apiBaseUri() {
        return URI.create(server.origin() + BASE_PATH);
    }

    public URI appUri() {
        return URI.create(apiBaseUri() + "/app");
    }

    @Override
    public void close() {
        server.close();
    }
}
