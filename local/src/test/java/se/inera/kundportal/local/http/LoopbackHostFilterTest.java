package se.inera.kundportal.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LoopbackHostFilterTest {

    @Test
    void acceptsOnlyLoopbackNamesWithTheServersPort() {
        LoopbackHostFilter filter = new LoopbackHostFilter(3000);
        assertThat(filter.isLoopbackHost("localhost:3000")).isTrue();
        assertThat(filter.isLoopbackHost("LocalHost:3000")).isTrue();
        assertThat(filter.isLoopbackHost("127.0.0.1:3000")).isTrue();
        assertThat(filter.isLoopbackHost("[::1]:3000")).isTrue();

        assertThat(filter.isLoopbackHost("localhost:3001")).isFalse();
        assertThat(filter.isLoopbackHost("localhost")).isFalse();
        assertThat(filter.isLoopbackHost("rebound.example:3000")).isFalse();
        assertThat(filter.isLoopbackHost("localhost.rebound.example:3000")).isFalse();
        assertThat(filter.isLoopbackHost("127.0.0.2:3000")).isFalse();
        assertThat(filter.isLoopbackHost("")).isFalse();
        assertThat(filter.isLoopbackHost(null)).isFalse();
    }

    @Test
    void thePortMayBeLeftOutOnlyWhenItIs80() {
        assertThat(new LoopbackHostFilter(80).isLoopbackHost("localhost")).isTrue();
        assertThat(new LoopbackHostFilter(80).isLoopbackHost("[::1]")).isTrue();
    }

    @Test
    void aServerRefusesAForeignHostWith421BeforeItsHandlerRuns() throws IOException {
        try (LoopbackHttpServer server = LoopbackHttpServer.start("test server", 0, "/", exchange ->
                HttpExchanges.send(exchange, 200, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 1)) {
            assertThat(statusLine(server.port(), "rebound.example:" + server.port())).contains(" 421 ");
            assertThat(statusLine(server.port(), null)).contains(" 421 ");
            assertThat(statusLine(server.port(), "localhost:" + server.port())).contains(" 200 ");
            assertThat(statusLine(server.port(), "127.0.0.1:" + server.port())).contains(" 200 ");
        }
    }

    /** A raw request, since HttpClient does not let a caller choose the Host header. */
    private static String statusLine(int port, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }
}
