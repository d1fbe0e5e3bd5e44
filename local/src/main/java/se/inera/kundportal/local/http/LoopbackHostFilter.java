package se.inera.kundportal.local.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * Lets through only requests whose {@code Host} names this machine's loopback server: {@code localhost},
 * {@code 127.0.0.1} or {@code [::1]} with the server's port (the port may be left out only when it is 80, as a
 * browser does). Anything else gets 421 Misdirected Request before a handler runs. This is what stops DNS
 * rebinding: a web page whose name an attacker has pointed at 127.0.0.1 can make the browser connect here, but its
 * requests still carry the attacker's name in {@code Host}, so they never reach the portal, the consoles or the
 * simulators.
 */
public final class LoopbackHostFilter extends Filter {
    static final int MISDIRECTED = 421;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final int port;

    public LoopbackHostFilter(int port) {
        this.port = port;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            HttpExchanges.send(exchange, MISDIRECTED, "text/plain; charset=utf-8",
                    ("Misdirected Request: use http://localhost:" + port + "/\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not localhost:" + port;
    }

    /** True for {@code localhost:PORT}, {@code 127.0.0.1:PORT} and {@code [::1]:PORT} (any letter case). */
    boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        boolean hasPort = colon > value.lastIndexOf(']');
        String name = hasPort ? value.substring(0, colon) : value;
        String portText = hasPort ? value.substring(colon + 1) : "80";
        return LOOPBACK_NAMES.contains(name) && portText.equals(Integer.toString(port));
    }
}
