package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
