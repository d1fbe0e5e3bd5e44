package se.inera.kundportal.local.health;

import java.net.http.HttpClient;

/** One client for all HTTP probes: each client owns a selector thread, so none is made per check. */
final class SharedHttpClient {
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SharedHttpClient() {}
}
