package se.inera.kundportal.local.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the web client from a folder for requests no API route takes: the file at the request path, or
 * {@code index.html} for the client-side routes of the single-page app (an HTML request for a path without file
 * extension). Paths that leave the folder are refused, symbolic links included. {@code index.html} is never
 * cached (it names the current assets); files with a content hash in their name are cached for a year, others
 * must be revalidated.
 *
 * <p>Every file goes out with {@link #SECURITY_HEADERS}: a strict Content-Security-Policy (scripts, styles and images
 * from this origin only, nothing inline, no plug-ins, no {@code <base>}, no framing by any page), {@code nosniff} and
 * {@code no-referrer} (signing links are in page URLs). The one other origin the client talks to is Cognito, which
 * the local runtime starts on a loopback port chosen at each start, hence {@code connect-src} to loopback ports; a
 * deployment names its Cognito endpoint instead (template.yaml's {@code WebSecurityHeadersPolicy}, kept equal to
 * this one by {@code WebHostingTemplateTest}).
 */
public final class StaticFiles {
    private static final String INDEX = "index.html";
    /** e.g. {@code app.3f9a1c2b.js} or {@code app-3F9A1C2B.css}, as bundlers name content-hashed assets. */
    private static final Pattern CONTENT_HASHED = Pattern.compile(".*[.-](?=[0-9a-zA-Z_]*[0-9])[0-9a-zA-Z_]{8,}\\.[a-z0-9]+$");
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"));

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self' http://localhost:* http://127.0.0.1:*",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final Map<String, List<String>> SECURITY_HEADERS = Map.of(
            "content-security-policy", List.of(CONTENT_SECURITY_POLICY),
            "x-content-type-options", List.of("nosniff"),
            "referrer-policy", List.of("no-referrer"),
            "x-frame-options", List.of("DENY"));

    private final Path root;

    public StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The response for a GET/HEAD of {@code decodedPath}, or empty when the folder has nothing for it. */
    public Optional<GatewayResponse> serve(String method, String decodedPath, Optional<String> accept) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD") || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        Optional<Path> file = resolve(decodedPath);
        if (file.isEmpty() && isClientSideRoute(decodedPath, accept)) {
            file = resolve("/" + INDEX);
        }
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path found = file.get();
        byte[] body = method.equals("HEAD") ? new byte[0] : Files.readAllBytes(found);
        String name = found.getFileName().toString();
        Map<String, List<String>> headers = new HashMap<>(SECURITY_HEADERS);
        headers.put("content-type", List.of(contentType(name)));
        headers.put("content-length", List.of(Long.toString(Files.size(found))));
        headers.put("cache-control", List.of(cacheControl(name)));
        return Optional.of(new GatewayResponse(200, Map.copyOf(headers), body));
    }

    /** The regular file inside the folder that {@code decodedPath} names ({@code index.html} for a folder). */
    Optional<Path> resolve(String decodedPath) throws IOException {
        if (decodedPath.indexOf('\0') >= 0 || decodedPath.contains("\\")) {
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = root.resolve(decodedPath.replaceFirst("^/+", "")).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve(INDEX);
        }
        if (!Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        // A symbolic link inside the folder must not lead out of it.
        Path real = candidate.toRealPath();
        return real.startsWith(root.toRealPath(LinkOption.NOFOLLOW_LINKS).toRealPath()) ? Optional.of(candidate) : Optional.empty();
    }

    private static boolean isClientSideRoute(String decodedPath, Optional<String> accept) {
        String lastSegment = decodedPath.substring(decodedPath.lastIndexOf('/') + 1);
        return !lastSegment.contains(".") && accept.map(value -> value.contains("text/html")).orElse(false);
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static String cacheControl(String fileName) {
        if (fileName.endsWith(".html") || fileName.endsWith(".htm")) {
            return "no-cache";
        }
        return CONTENT_HASHED.matcher(fileName).matches() ? "public, max-age=31536000, immutable" : "no-cache";
    }
}
