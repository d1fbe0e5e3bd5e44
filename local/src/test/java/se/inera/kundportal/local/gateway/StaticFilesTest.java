package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesTest {
    private static final Optional<String> BROWSER = Optional.of("text/html,application/xhtml+xml,*/*;q=0.8");

    @TempDir
    Path folder;
    private Path web;
    private StaticFiles files;

    @BeforeEach
    void writeAWebClient() throws IOException {
        web = Files.createDirectories(folder.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html>");
        Files.createDirectories(web.resolve("assets"));
        Files.writeString(web.resolve("assets/app.3f9a1c2b.js"), "export {}");
        Files.writeString(web.resolve("assets/style.css"), "body{}");
        Files.write(web.resolve("assets/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(folder.resolve("secret.txt"), "outside the web folder");
        files = new StaticFiles(web);
    }

    @Test
    void servesFilesWithTheirContentType() throws IOException {
        assertThat(files.serve("GET", "/assets/style.css", Optional.empty()).orElseThrow().header("content-type"))
                .containsExactly("text/css; charset=utf-8");
        GatewayResponse logo = files.serve("GET", "/assets/logo.png", Optional.empty()).orElseThrow();
        assertThat(logo.header("content-type")).containsExactly("image/png");
        assertThat(logo.body()).hasSize(4);
        assertThat(StaticFiles.contentType("data.bin")).isEqualTo("application/octet-stream");
    }

    @Test
    void servesIndexHtmlForTheRootAndForClientSideRoutes() throws IOException {
        assertThat(files.serve("GET", "/", Optional.empty()).orElseThrow().bodyText()).isEqualTo("<!doctype html>");
        assertThat(files.serve("GET", "/operator/applications/17", BROWSER).orElseThrow().bodyText())
                .isEqualTo("<!doctype html>");
    }

    @Test
    void doesNotAnswerMissingFilesWithIndexHtml() throws IOException {
        assertThat(files.serve("GET", "/assets/missing.js", BROWSER)).isEmpty();
        assertThat(files.serve("GET", "/operator/applications", Optional.of("application/json"))).isEmpty();
        assertThat(files.serve("POST", "/index.html", BROWSER)).isEmpty();
    }

    @Test
    void neverLeavesTheFolder() throws IOException {
        assertThat(files.serve("GET", "/../secret.txt", Optional.empty())).isEmpty();
        assertThat(files.serve("GET", "/assets/../../secret.txt", Optional.empty())).isEmpty();
        assertThat(files.serve("GET", "/..\\secret.txt", Optional.empty())).isEmpty();
    }

    @Test
    void doesNotFollowASymbolicLinkOutOfTheFolder() throws IOException {
        Files.createSymbolicLink(web.resolve("leak.txt"), folder.resolve("secret.txt"));
        assertThat(files.serve("GET", "/leak.txt", Optional.empty())).isEmpty();
    }

    @Test
    void everyFileCarriesAStrictContentSecurityPolicyThatForbidsFraming() throws IOException {
        for (String path : new String[] {"/", "/operator/applications/17", "/assets/app.3f9a1c2b.js", "/assets/logo.png"}) {
            GatewayResponse response = files.serve("GET", path, BROWSER).orElseThrow();
            String policy = response.header("content-security-policy").get(0);
            assertThat(policy).as(path).startsWith("default-src 'self'; ").contains("frame-ancestors 'none'",
                    "script-src 'self';", "style-src 'self';", "object-src 'none'", "base-uri 'none'");
            assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "data:", "https:", "http: ");
            assertThat(policy.split("[;\\s]+")).as("no wildcard source").doesNotContain("*");
            assertThat(response.header("x-content-type-options")).containsExactly("nosniff");
            assertThat(response.header("referrer-policy")).containsExactly("no-referrer");
            assertThat(response.header("x-frame-options")).containsExactly("DENY");
        }
    }

    /** What a strict CSP would block: inline scripts and styles, style attributes, inline event handlers. */
    @Test
    void theWebClientHasNothingInlineThatTheContentSecurityPolicyWouldBlock() throws IOException {
        Path client = Path.of("..", "web").toAbsolutePath().normalize();
        Pattern inline = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+\\s*=|javascript:",
                Pattern.CASE_INSENSITIVE);
        Pattern scripted = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|eval\\(|new Function"
                + "|setAttribute\\(\\s*['\"]style|cssText");
        List<Path> sources;
        try (Stream<Path> all = Files.walk(client)) {
            sources = all.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".html") || file.toString().endsWith(".js")).toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String text = Files.readString(source);
            Pattern forbidden = source.toString().endsWith(".html") ? inline : scripted;
            assertThat(forbidden.matcher(text).results().map(MatchResult::group).toList()).as("%s", source).isEmpty();
        }
    }

    @Test
    void cachesOnlyContentHashedFilesForLong() throws IOException {
        assertThat(files.serve("GET", "/", Optional.empty()).orElseThrow().header("cache-control")).containsExactly("no-cache");
        assertThat(files.serve("GET", "/assets/app.3f9a1c2b.js", Optional.empty()).orElseThrow().header("cache-control"))
                .containsExactly("public, max-age=31536000, immutable");
        assertThat(files.serve("GET", "/assets/style.css", Optional.empty()).orElseThrow().header("cache-control"))
                .containsExactly("no-cache");
        assertThat(StaticFiles.cacheControl("application-settings.js")).isEqualTo("no-cache");
    }

    @Test
    void answersHeadWithoutBody() throws IOException {
        GatewayResponse head = files.serve("HEAD", "/assets/style.css", Optional.empty()).orElseThrow();
        assertThat(head.body()).isEmpty();
        assertThat(head.header("content-length")).containsExactly("6");
    }

    @Test
    void servesNothingWhileTheFolderDoesNotExist() throws IOException {
        assertThat(new StaticFiles(folder.resolve("not-built-yet")).serve("GET", "/", BROWSER)).isEmpty();
    }
}
