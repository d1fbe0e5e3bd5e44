package se.inera.kundportal.local.health;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * How a component is checked. A probe never throws: a component that does not answer in time, or
 * at all, gives a result with {@code up = false} and the reason in {@code detail}.
 */
@FunctionalInterface
public interface Probe {

    /** What a probe found; {@code detail} says what answered ("HTTP 200") or why nothing did. */
    record Result(boolean up, String detail) {}

    Result check(Duration timeout);

    /** Up when an HTTP GET gets any response at all: a 404 or 500 still means the server answers. */
    static Probe httpGet(URI url) {
        return timeout -> {
            // The request timeout bounds connecting as well as waiting for the response headers.
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
            try {
                HttpResponse<Void> response = SharedHttpClient.CLIENT.send(request,
                        HttpResponse.BodyHandlers.discarding());
                return new Result(true, "HTTP " + response.statusCode());
            } catch (HttpTimeoutException e) {
                return new Result(false, "no answer within " + timeout.toMillis() + " ms");
            } catch (IOException e) {
                return new Result(false, describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(false, "interrupted");
            }
        };
    }

    /** Up when a TCP connection to host:port opens, for components that do not speak HTTP. */
    static Probe tcpConnect(String host, int port) {
        return timeout -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
                return new Result(true, "TCP connection accepted");
            } catch (IOException e) {
                return new Result(false, describe(e));
            }
        };
    }

    private static String describe(IOException e) {
        // HttpClient's ConnectException carries no message, nor does its cause; say what it means.
        String message = null;
        for (Throwable cause = e; cause != null && message == null; cause = cause.getCause()) {
            message = cause.getMessage();
        }
        if (message == null && e instanceof ConnectException) {
            message = "could not connect";
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
