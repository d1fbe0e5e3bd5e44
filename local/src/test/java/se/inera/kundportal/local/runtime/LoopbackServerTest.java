package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.http.HttpExchanges;

class LoopbackServerTest {

    @Test
    void everyMountedHandlerAnswersOnlyToALoopbackHost() throws IOException {
        try (LoopbackServer server = new LoopbackServer("test", 0, 1)) {
            server.mount("/", exchange -> HttpExchanges.send(exchange, 200, "text/plain", new byte[] {'o', 'k'}))
                    .mount("/_local/", exchange -> HttpExchanges.send(exchange, 200, "text/plain", new byte[] {'o', 'k'}))
                    .start();
            int port = server.port();

            assertThat(statusLine(port, "/", "localhost:" + port)).contains(" 200 ");
            assertThat(statusLine(port, "/_local/health", "127.0.0.1:" + port)).contains(" 200 ");
            assertThat(statusLine(port, "/", "attacker.example:" + port)).contains(" 421 ");
            assertThat(statusLine(port, "/_local/health", "attacker.example:" + port)).contains(" 421 ");
        }
    }

    private static String statusLine(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).lines()
                    .findFirst().orElse("");
        }
    }
}
