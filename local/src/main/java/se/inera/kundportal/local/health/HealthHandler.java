package se.inera.kundportal.local.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /_local/health}: every registered component, its URL and whether it answers.
 * <pre>{@code
 * {"status": "UP" | "DEGRADED", "components": [{"name", "url", "up", "detail"}]}
 * }</pre>
 * 200 when all components are up, 503 otherwise. The probes run at the same time, each bounded by
 * the timeout, so one dead component costs the whole report one timeout, not one per component.
 * The runtime {@link #register registers} each component as it starts it. Serve it from an HTTP
 * server with more than one request thread if that server also serves a probed component: a
 * single-threaded server would be busy with this request when the probe knocks.
 */
public final class HealthHandler implements HttpHandler, AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HealthComponent> components = new CopyOnWriteArrayList<>();
    private final Duration timeout;
    private final ExecutorService probes;

    public HealthHandler(List<HealthComponent> components, Duration timeout) {
        this.components.addAll(components);
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.probes = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "health-probe-" + count.incrementAndGet());
            thread.setDaemon(true); // a hanging probe must never keep the runtime from exiting
            return thread;
        });
    }

    public HealthHandler() {
        this(List.of(), DEFAULT_TIMEOUT);
    }

    public HealthHandler register(HealthComponent component) {
        components.add(component);
        return this;
    }

    /** Probes every component now, concurrently, and returns the report. */
    public HealthReport check() {
        List<HealthComponent> snapshot = List.copyOf(components);
        List<CompletableFuture<Probe.Result>> running = new ArrayList<>();
        for (HealthComponent component : snapshot) {
            running.add(CompletableFuture.supplyAsync(() -> component.probe().check(timeout), probes)
                    // A probe that ignores its timeout still cannot hold up the report much longer.
                    .completeOnTimeout(new Probe.Result(false, "no answer within " + timeout.toMillis() + " ms"),
                            timeout.toMillis() * 2, TimeUnit.MILLISECONDS)
                    .exceptionally(e -> new Probe.Result(false, "probe failed: " + e)));
        }
        List<HealthReport.ComponentHealth> results = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            HealthComponent component = snapshot.get(i);
            Probe.Result result = running.get(i).join();
            results.add(new HealthReport.ComponentHealth(component.name(), component.url(), result.up(),
                    result.detail()));
        }
        return new HealthReport(results);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            HealthReport report = check();
            byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(report));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(report.allUp() ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static ObjectNode toJson(HealthReport report) {
        ObjectNode json = JSON.createObjectNode();
        json.put("status", report.allUp() ? "UP" : "DEGRADED");
        ArrayNode components = json.putArray("components");
        for (HealthReport.ComponentHealth component : report.components()) {
            ObjectNode item = components.addObject();
            item.put("name", component.name());
            item.put("url", component.url());
            item.put("up", component.up());
            item.put("detail", component.detail());
        }
        return json;
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}
