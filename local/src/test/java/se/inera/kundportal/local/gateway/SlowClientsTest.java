package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.http.SlowClients;

/**
 * A client that sends its request slowly (headers or body a byte at a time, a slowloris) is cut off by the local
 * gateway once {@link SlowClients#REQUEST_READ_TIMEOUT} has passed, and meanwhile others are still served.
 */
class SlowClientsTest {

    @Test
    void theBuildRunsTestsWithTheCutOffTheLauncherSets() {
        assertThat(System.getProperty(SlowClients.PROPERTY))
                .as("local/pom.xml's %s equals SlowClients.REQUEST_READ_TIMEOUT", SlowClients.PROPERTY)
                .isEqualTo(String.valueOf(SlowClients.REQUEST_READ_TIMEOUT.toSeconds()));
    }

    @Test
    void closesTheConnectionOfAClientSendingHeadersOrBodyTooSlowlyAndServesOthersMeanwhile() throws Exception {
        LocalHttpApiGateway gateway = LocalHttpApiGateway.builder(GatewayTestTemplate.api("http://127.0.0.1:9/pool"))
                .build();
        try (LocalHttpApiGateway.Started started = gateway.start(0)) {
            String head = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1:" + started.port() + "\r\n";
            CompletableFuture<Boolean> slowHeaders = CompletableFuture.supplyAsync(() ->
                    cutOffWhileTrickling(started.port(), head, "X-Slow: "));
            CompletableFuture<Boolean> slowBody = CompletableFuture.supplyAsync(() ->
                    cutOffWhileTrickling(started.port(), head.replace("GET", "POST")
                            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n", "{\"a\":\""));

            HttpResponse<String> other = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(started.uri().resolve("/ping")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as("a client sending at normal speed is served").isEqualTo(200);

            assertThat(slowHeaders.get()).as("slow headers cut off").isTrue();
            assertThat(slowBody.get()).as("slow body cut off").isTrue();
        }
    }

    /**
     * Sends {@code start}, then a byte every 200 ms, and reads: true when the server closes the connection without
     * answering (end of stream or reset) before the client has sent it all (it never does: 10 minutes of bytes).
     */
    private static boolean cutOffWhileTrickling(int port, String head, String start) {
        AtomicBoolean open = new AtomicBoolean(true);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) SlowClients.REQUEST_READ_TIMEOUT.multipliedBy(6).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((head + start).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 3000 && open.get(); i++) {
                        Thread.sleep(200);
                        out.write('a');
                        out.flush();
                    }
                } catch (IOException | InterruptedException closed) {
                    // the server hung up: what the test waits for
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            InputStream in = socket.getInputStream();
            try {
                return in.read() == -1;
            } catch (SocketException reset) {
                return true;
            } finally {
                open.set(false);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
