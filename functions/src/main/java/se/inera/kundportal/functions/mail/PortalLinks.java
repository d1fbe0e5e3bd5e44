package se.inera.kundportal.functions.mail;

import java.net.URI;
import java.util.Objects;

import se.inera.kundportal.core.common.LinkId;

/**
 * The links e-mails carry, built from the portal's public base URL ({@code PORTAL_BASE_URL}).
 * A link carries at most an opaque {@link LinkId}; never a task token or any other id.
 */
public final class PortalLinks {
    private final String baseUrl;

    public PortalLinks(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl);
        if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || isLoopbackHttp(uri))) {
            throw new IllegalArgumentException("PORTAL_BASE_URL must be an https URL (http only for localhost): "
                    + baseUrl);
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Where a user signs in to the portal. */
    public String login() {
        return baseUrl + "/logga-in";
    }

    /** The signatory's page for reading and signing the agreement. */
    public String signing(LinkId signingLink) {
        return baseUrl + "/signera/" + signingLink.value();
    }

    /** An attestant's page for one order (read-only until they act). */
    public String attestation(LinkId attestationLink) {
        return baseUrl + "/attestera/" + attestationLink.value();
    }

    /** Inera customer service's list of attested orders waiting for delivery. */
    public String deliveries() {
        return baseUrl + "/inera/leveranser";
    }

    /** The portal's start page. */
    public String home() {
        return baseUrl + "/";
    }

    private static boolean isLoopbackHttp(URI uri) {
        return uri.getScheme().equals("http")
                && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
    }
}
