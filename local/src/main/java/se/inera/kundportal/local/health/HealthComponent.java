package se.inera.kundportal.local.health;

import java.net.URI;
import java.util.Objects;

/** A part of the local system that {@code GET /_local/health} reports on: its name, where it answers and how to check it. */
public record HealthComponent(String name, String url, Probe probe) {
    public HealthComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(probe, "probe");
    }

    /** A component checked by an HTTP GET of its URL (any status counts as answering). */
    public static HealthComponent http(String name, String url) {
        return new HealthComponent(name, url, Probe.httpGet(URI.create(url)));
    }

    /** A component checked by opening a TCP connection; {@code url} is what the report shows, e.g. {@code smtp://localhost:2525}. */
    public static HealthComponent tcp(String name, String url, String host, int port) {
        return new HealthComponent(name, url, Probe.tcpConnect(host, port));
    }
}
