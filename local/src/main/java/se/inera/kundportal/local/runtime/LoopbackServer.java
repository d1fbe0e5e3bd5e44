package se.inera.kundportal.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import se.inera.kundportal.local.http.LoopbackHostFilter;

/**
 * An HTTP server on the loopback interface only (nothing local is meant for the network), bound at construction so
 * that a port in use fails the start at once and port 0 is known before the handlers are mounted. Every mounted
 * handler answers only to {@code Host: localhost:PORT} or {@code 127.0.0.1:PORT} ({@link LoopbackHostFilter}), so a
 * page reaching this port by DNS rebinding gets 421.
 */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;

    LoopbackServer(String name, int port, int threadCount) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + " for the " + name
                    + " (is the port in use? choose another with --port)", e);
        }
        AtomicInteger number = new AtomicInteger();
        threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
    }

    LoopbackServer mount(String path, HttpHandler handler) {
        server.createContext(path, handler).getFilters().add(new LoopbackHostFilter(port()));
        return this;
    }

    LoopbackServer start() {
        server.start();
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:PORT}, the form a browser is shown. */
    URI uri() {
        return URI.create("http://localhost:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
