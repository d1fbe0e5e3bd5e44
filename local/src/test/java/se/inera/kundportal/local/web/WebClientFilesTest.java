package se.inera.kundportal.local.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.gateway.GatewayResponse;
import se.inera.kundportal.local.gateway.StaticFiles;
import se.inera.kundportal.standins.SamTemplate;

/**
 * The web client in {@code web/} as files: it loads only its own files from the same origin, nothing inline that a
 * strict Content-Security-Policy ({@code script-src 'self'; style-src 'self'}) would block, no markup built from
 * strings, every route the e-mails link to is routed, and the QR encoder's recorded test vectors are well formed.
 * The encoder itself is checked in a browser by {@code web/app/qr-selfcheck.html} (the JDK has no JavaScript engine).
 */
class WebClientFilesTest {
    private static final Path WEB = projectDirectory().resolve("web");

    /** Attributes that make the browser fetch something: script and image sources, stylesheets and icons. */
    private static final Pattern LOADED_RESOURCE = Pattern.compile(
            "<(script|link|img|source|iframe|embed|object)\\b[^>]*?\\b(src|href|data)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "^\\s*(?:import|export)\\s[^;]*?\\bfrom\\s+'([^']+)'|^\\s*import\\s+'([^']+)'", Pattern.MULTILINE);
    private static final Pattern ROUTE_PATTERN = Pattern.compile("\\{ pattern: /(.+?)/, page: (\\w+) }");
    private static final Pattern EXPORTED_PAGE = Pattern.compile("^export function (render\\w+)\\(main\\b", Pattern.MULTILINE);
    /** A literal key passed to i18n.js's t('…'), sentence('…') or plural('…'). */
    private static final Pattern TEXT_KEY_USED = Pattern.compile("\\b(?:t|sentence)\\('([^']+)'");
    private static final Pattern PLURAL_KEY_USED = Pattern.compile("\\bplural\\('([^']+)'");
    private static final Pattern TEXT_KEY_DEFINED = Pattern.compile("^\\s*'([^']+)':", Pattern.MULTILINE);

    @Test
    void everyHtmlFileLoadsOnlyItsOwnFilesAndTheyExist() {
        List<Path> pages = files(".html");
        assertThat(pages).extracting(page -> WEB.relativize(page).toString())
                .contains("index.html", "app/qr-selfcheck.html");
        for (Path page : pages) {
            Matcher resource = LOADED_RESOURCE.matcher(read(page));
            int found = 0;
            while (resource.find()) {
                found++;
                String reference = resource.group(3);
                assertThat(reference).as("%s loads %s from the site's root, never another origin", page, reference)
                        .startsWith("/").doesNotStartWith("//");
                assertThat(WEB.resolve(reference.substring(1).replaceFirst("[?#].*$", "")))
                        .as("%s loads %s", page, reference).isRegularFile();
            }
            assertThat(found).as("%s loads its script and stylesheet", page).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void htmlHasNoInlineScriptsStylesOrEventHandlers() {
        for (Path page : files(".html")) {
            String html = read(page);
            Matcher script = SCRIPT_ELEMENT.matcher(html);
            while (script.find()) {
                assertThat(script.group(1)).as("a script in %s comes from a file", page).containsPattern("\\bsrc\\s*=");
                assertThat(script.group(2)).as("a script element in %s has no body", page).isBlank();
            }
            assertThat(html).as(page.toString())
                    .doesNotContainPattern("(?i)<style\\b")
                    .doesNotContainPattern("(?i)\\sstyle\\s*=")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)javascript:");
        }
    }

    @Test
    void scriptsBuildNoMarkupFromStringsAndSetNoInlineStyles() {
        for (Path script : files(".js")) {
            assertThat(read(script)).as(script.toString())
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                            "new Function", "setAttribute('style'", "javascript:");
        }
    }

    @Test
    void modulesImportOnlyFilesOfTheClientThatExist() {
        List<Path> scripts = files(".js");
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            Matcher imported = STATIC_IMPORT.matcher(read(script));
            while (imported.find()) {
                String specifier = imported.group(1) != null ? imported.group(1) : imported.group(2);
                assertThat(specifier).as("%s imports %s by a relative path", script, specifier).startsWith(".");
                assertThat(script.resolveSibling(specifier).normalize()).as("%s imports %s", script, specifier)
                        .isRegularFile().startsWith(WEB);
            }
        }
    }

    @Test
    void stylesheetsLoadNothingFromElsewhere() {
        for (Path stylesheet : files(".css")) {
            assertThat(read(stylesheet)).as(stylesheet.toString())
                    .doesNotContainPattern("(?i)@import")
                    .doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:|//)");
        }
    }

    @Test
    void everyPathTheEmailsAndTheSiteLinkToHasAPage() {
        List<Pattern> routes = new ArrayList<>();
        Matcher route = ROUTE_PATTERN.matcher(read(WEB.resolve("app/main.js")));
        while (route.find()) {
            routes.add(Pattern.compile(route.group(1)));
        }
        // functions/.../mail/PortalLinks: the signatory's link, the administrator's sign-in and the start page.
        for (String path : List.of("/", "/signera/Zk3q9Xb_7mPq-2WcA1sT0u", "/logga-in", "/ansok", "/inera",
                "/inera/ansokningar/3f1c2a9e-5b7d-4e2f-9a61-0c8d7e6f5a41", "/inera/utskick", "/inera/administratorer",
                "/organisation", "/organisation/232100-0016/anvandare/ny")) {
            assertThat(routes).as("a route for %s", path).anyMatch(pattern -> pattern.matcher(path).find());
        }
        assertThat(routes).as("no route for an unknown path").noneMatch(pattern -> pattern.matcher("/okand").find());
    }

    @Test
    void everyPageModuleIsImportedByTheRouterAndRouted() {
        String router = read(WEB.resolve("app/main.js"));
        List<String> routedPages = ROUTE_PATTERN.matcher(router).results().map(match -> match.group(2)).toList();
        List<Path> pages = files(".js").stream().filter(file -> file.getParent().equals(WEB.resolve("app/pages"))).toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(11);
        for (Path page : pages) {
            assertThat(router).as("main.js imports %s", page.getFileName())
                    .contains("from './pages/" + page.getFileName() + "'");
            List<String> exported = EXPORTED_PAGE.matcher(read(page)).results().map(match -> match.group(1)).toList();
            assertThat(exported).as("the pages %s exports", page.getFileName()).isNotEmpty()
                    .anyMatch(routedPages::contains);
        }
    }

    @Test
    void theSignedInCustomerPathsOpenTheirPages() {
        // The readiness panel's fix links (GET /organisations/{nr}/readiness, fixPath) and the pages' own links.
        assertThat(pageFor("/organisation")).isEqualTo("renderOverview");
        assertThat(pageFor("/organisation/232100-0016")).isEqualTo("renderOverview");
        assertThat(pageFor("/organisation/232100-0016/anvandare")).isEqualTo("renderUsers");
        assertThat(pageFor("/organisation/232100-0016/anvandare/ny")).isEqualTo("renderPerson");
        assertThat(pageFor("/organisation/232100-0016/anvandare/6f0c3b1e-0a4d-4f3e-9d2a-1b7c8e9f0a12")).isEqualTo("renderPerson");
        assertThat(pageFor("/organisation/232100-0016/kundinformation")).isEqualTo("renderCustomerDetails");
        assertThat(pageFor("/organisation/232100-0016/okand")).isNull();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyThePagesUseIsDefined() {
        List<String> swedish = catalogueKeys("sv");
        List<String> english = catalogueKeys("en");
        assertThat(swedish).as("messages/sv.js").doesNotHaveDuplicates().hasSizeGreaterThan(100);
        assertThat(english).as("messages/en.js").doesNotHaveDuplicates();
        assertThat(english).as("messages/en.js has the keys of messages/sv.js, no more, no fewer")
                .containsExactlyInAnyOrderElementsOf(swedish);

        int used = 0;
        for (Path script : files(".js")) {
            String source = read(script);
            Matcher key = TEXT_KEY_USED.matcher(source);
            while (key.find()) {
                used++;
                assertThat(swedish).as("%s uses t('%s')", WEB.relativize(script), key.group(1)).contains(key.group(1));
            }
            Matcher plural = PLURAL_KEY_USED.matcher(source);
            while (plural.find()) {
                used++;
                assertThat(swedish).as("%s uses plural('%s')", WEB.relativize(script), plural.group(1))
                        .contains(plural.group(1) + ".one", plural.group(1) + ".other");
            }
        }
        assertThat(used).as("t('…') and plural('…') calls").isGreaterThanOrEqualTo(100);

        Matcher marked = Pattern.compile("data-i18n(?:-aria-label)?=\"([^\"]+)\"").matcher(read(WEB.resolve("index.html")));
        int markedCount = 0;
        while (marked.find()) {
            markedCount++;
            assertThat(swedish).as("index.html's data-i18n %s", marked.group(1)).contains(marked.group(1));
        }
        assertThat(markedCount).as("index.html's texts marked for translation").isGreaterThanOrEqualTo(6);

        // Words looked up by the API's value (textOf(group, value)): every role and application status has its words.
        Matcher roles = Pattern.compile("export const ROLES = \\[([^]]+)]").matcher(read(WEB.resolve("app/messages.js")));
        assertThat(roles.find()).as("ROLES in messages.js").isTrue();
        List<String> roleNames = quotedWords(roles.group(1));
        assertThat(roleNames).containsExactlyInAnyOrder("ADMINISTRATOR", "ORDERER", "ATTESTANT", "AGREEMENT_CONTACT");
        for (String role : roleNames) {
            assertThat(swedish).contains("role." + role, "role." + role + ".description");
        }
        Matcher statuses = Pattern.compile("export const APPLICATION_STATUSES = \\[([^]]+)]").matcher(read(WEB.resolve("app/format.js")));
        assertThat(statuses.find()).as("APPLICATION_STATUSES in format.js").isTrue();
        assertThat(quotedWords(statuses.group(1))).hasSize(7)
                .allSatisfy(status -> assertThat(swedish).contains("applicationStatus." + status));
    }

    @Test
    void noPageWritesSwedishTextOfItsOwn() {
        // Every word a person reads comes from the catalogues; a string literal with å, ä or ö outside them is a
        // text that the English switch would miss. Comments are left out (they are Swedish where they name things).
        Pattern swedishLiteral = Pattern.compile("(['`])((?:(?!\\1)[^\\\\\\n]|\\\\.)*[åäöÅÄÖ](?:(?!\\1)[^\\\\\\n]|\\\\.)*)\\1");
        List<String> found = new ArrayList<>();
        for (Path script : files(".js")) {
            String relative = WEB.relativize(script).toString().replace('\\', '/');
            if (relative.startsWith("app/messages/") || relative.startsWith("app/qr-")) {
                continue;
            }
            String code = withoutComments(read(script));
            Matcher literal = swedishLiteral.matcher(code);
            while (literal.find()) {
                found.add(relative + ": " + literal.group());
            }
        }
        assertThat(found).as("Swedish string literals outside web/app/messages").isEmpty();
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?m)\\s//\\s.*$", "");
    }

    private static List<String> catalogueKeys(String language) {
        String catalogue = read(WEB.resolve("app/messages/" + language + ".js"));
        assertThat(catalogue).as("messages/%s.js", language).contains("export default {");
        return TEXT_KEY_DEFINED.matcher(catalogue).results().map(match -> match.group(1)).toList();
    }

    private static List<String> quotedWords(String list) {
        return Pattern.compile("'(\\w+)'").matcher(list).results().map(match -> match.group(1)).toList();
    }

    /** The page the router's first matching route opens for a path, as main.js's route() picks it. */
    private static String pageFor(String path) {
        Matcher route = ROUTE_PATTERN.matcher(read(WEB.resolve("app/main.js")));
        while (route.find()) {
            if (Pattern.compile(route.group(1)).matcher(path).find()) {
                return route.group(2);
            }
        }
        return null;
    }

    @Test
    void theLocalGatewayAnswersTheMailedSigningLinkWithTheApp() throws IOException {
        StaticFiles files = new StaticFiles(WEB);
        Optional<String> browser = Optional.of("text/html,application/xhtml+xml,*/*;q=0.8");

        GatewayResponse signingPage = files.serve("GET", "/signera/Zk3q9Xb_7mPq-2WcA1sT0u", browser).orElseThrow();
        assertThat(signingPage.bodyText()).isEqualTo(read(WEB.resolve("index.html")));
        GatewayResponse script = files.serve("GET", "/app/main.js", Optional.of("*/*")).orElseThrow();
        assertThat(script.header("content-type")).containsExactly("text/javascript; charset=utf-8");
    }

    @Test
    void qrTestVectorsAreWholeSymbolsOfTheirVersion() {
        String vectors = read(WEB.resolve("app/qr-test-vectors.js"));
        Matcher vector = Pattern.compile("version: (\\d+), mask: (\\d),\\s*rows: \\[(.*?)]", Pattern.DOTALL).matcher(vectors);
        int count = 0;
        while (vector.find()) {
            count++;
            int size = 4 * Integer.parseInt(vector.group(1)) + 17;
            List<String> rows = Pattern.compile("'([01]+)'").matcher(vector.group(3)).results()
                    .map(match -> match.group(1)).toList();
            assertThat(rows).as("version %s", vector.group(1)).hasSize(size).allSatisfy(row -> assertThat(row).hasSize(size));
            // Every symbol starts with the top-left finder pattern and its light separator.
            assertThat(rows.subList(0, 8)).extracting(row -> row.substring(0, 8)).containsExactly(
                    "11111110", "10000010", "10111010", "10111010", "10111010", "10000010", "11111110", "00000000");
        }
        assertThat(count).as("recorded vectors").isGreaterThanOrEqualTo(3);
        assertThat(read(WEB.resolve("app/qr-selfcheck.html"))).contains("src=\"/app/qr-selfcheck.js\"");
    }

    private static List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(WEB)) {
            return walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectDirectory() {
        String configured = System.getProperty(SamTemplate.PROJECT_DIRECTORY_PROPERTY);
        Path directory = configured != null ? Path.of(configured) : Path.of("..");
        return directory.toAbsolutePath().normalize();
    }
}
