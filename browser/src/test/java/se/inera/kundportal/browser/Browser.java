package se.inera.kundportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the local runtime's web client, with what every step of a browser test needs: a tab per
 * person (each tab has its own sessionStorage, so its own sign-in), waiting for the page, and {@link #audit} — axe-core
 * on the page as it is now and a PNG screenshot under target/screenshots, named by the state and the page's language.
 */
final class Browser {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** WCAG 2.0 and 2.1, levels A and AA: the rules the acceptance asks for. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final WebDriver driver;
    final URI portal;
    final Findings findings;
    private final String axeSource;
    private final Path screenshots;
    /** The language every audited page must be in ('sv' or 'en'), or null while it is not checked. */
    private String expectedLanguage;

    Browser(WebDriver driver, URI portal, Findings findings) {
        this.driver = driver;
        this.portal = portal;
        this.findings = findings;
        Path axe = Path.of(System.getProperty("kundportal.browser.axe", "node_modules/axe-core/axe.min.js"));
        try {
            this.axeSource = Files.readString(axe, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing at " + axe + " (the build runs npm ci in browser/)", e);
        }
        this.screenshots = Path.of(System.getProperty("kundportal.browser.screenshots", "target/screenshots"));
    }

    /** A new tab (a person at their own computer), opened at {@code path}; returns its handle for {@link #use}. */
    String newTab(String path) {
        driver.switchTo().newWindow(WindowType.TAB);
        open(path);
        return driver.getWindowHandle();
    }

    /** Closes every tab but one (the people of an earlier walk), and uses that one. */
    void closeOtherTabs() {
        List<String> tabs = new java.util.ArrayList<>(driver.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            driver.switchTo().window(tab);
            driver.close();
        }
        driver.switchTo().window(tabs.get(0));
    }

    void use(String tab) {
        driver.switchTo().window(tab);
    }

    /** Opens a path of the portal (a full page load), or an absolute address. */
    void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : portal.resolve(pathOrUrl).toString());
    }

    WebElement find(By by) {
        return until(driver -> {
            List<WebElement> found = driver.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        }, "no visible " + by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Polls {@code condition} for a generous while; on a timeout the page is photographed as failed-….png. */
    <T> T until(Function<WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> what + " on " + driver.getCurrentUrl())
                    .until(condition);
        } catch (TimeoutException e) {
            screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw e;
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String language() {
        Object lang = script("return document.documentElement.lang || 'unknown';");
        return String.valueOf(lang);
    }

    /** From now on every audited page must be in {@code lang}: see {@link #checkLanguage}. */
    void expectLanguage(String lang) {
        this.expectedLanguage = lang;
    }

    /**
     * Checks the page as it is now: the language it is in, axe-core's WCAG 2.1 A/AA rules (each violation a finding
     * with its rule, nodes and page), reflow at 320 px, and a screenshot named {@code state}-{language}.png.
     */
    void audit(String state) {
        String page = state + " (" + driver.getCurrentUrl() + ", lang " + language() + ")";
        screenshot(state);
        checkLanguage(page);
        reflow(page);
        for (JsonNode violation : axe()) {
            StringBuilder nodes = new StringBuilder();
            for (JsonNode node : violation.path("nodes")) {
                nodes.append("\n      ").append(node.path("target")).append(' ')
                        .append(node.path("html").asText()).append(" — ")
                        .append(node.path("failureSummary").asText().replace('\n', ' '));
            }
            findings.add(page, "axe " + violation.path("id").asText() + " (" + violation.path("impact").asText() + ")",
                    violation.path("help").asText() + nodes);
        }
    }

    /**
     * WCAG 1.4.10 (reflow): at 320 CSS px wide the page must not scroll sideways. The window is narrowed, measured and
     * widened again; an overflow is a finding naming the widest element.
     */
    void reflow(String page) {
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(320, wide.getHeight()));
        try {
            Object overflow = script("""
                    const root = document.documentElement;
                    if (root.scrollWidth <= root.clientWidth) return null;
                    let widest = null;
                    for (const el of document.querySelectorAll('main *')) {
                      const right = el.getBoundingClientRect().right;
                      if (!widest || right > widest.right) widest = { right, what: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '') };
                    }
                    return root.scrollWidth + ' px wide in ' + root.clientWidth + ' px' + (widest ? ', widest ' + widest.what : '');
                    """);
            if (overflow != null) {
                findings.add(page, "reflow at 320 px", String.valueOf(overflow));
            }
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    /**
     * The page is really in the expected language: {@code <html lang>} says so (WCAG 3.1.1), and the h1 is a text of
     * that language's catalogue (web/app/messages/sv.js or en.js, loaded by the page itself; {name} placeholders
     * match anything) that the other language's catalogue words differently. An h1 that is data (an organisation's
     * name), in neither catalogue, leaves it to {@code document.title}. A Swedish heading left on an English page is
     * a finding, as is a page whose lang is wrong.
     */
    void checkLanguage(String page) {
        if (expectedLanguage == null) {
            return;
        }
        String lang = language();
        if (!expectedLanguage.equals(lang)) {
            findings.add(page, "language", "<html lang> is '" + lang + "', the page should be in '" + expectedLanguage + "'");
        }
        Object problem = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const lang = arguments[0]; const other = lang === 'sv' ? 'en' : 'sv';
                Promise.all([import('/app/messages/sv.js'), import('/app/messages/en.js')]).then(([sv, en]) => {
                  const catalogue = { sv: sv.default, en: en.default };
                  const literal = (part) => part.replace(/[.*+?^$()|[\\]\\\\{}]/g, '\\\\$&');
                  const matches = (pattern, text) => typeof pattern === 'string'
                    && new RegExp('^' + pattern.split(/\\{\\w+\\}/).map(literal).join('.+') + '$').test(text);
                  const fromCatalogue = (text, of) => Object.keys(catalogue[of]).some((k) => matches(catalogue[of][k], text));
                  const inLanguage = (text) => Object.keys(catalogue[lang])
                    .some((k) => matches(catalogue[lang][k], text) && !matches(catalogue[other][k], text));
                  const h1 = document.querySelector('main h1');
                  const heading = h1 ? h1.textContent.replace(/\\s+/g, ' ').trim() : '';
                  const text = fromCatalogue(heading, 'sv') || fromCatalogue(heading, 'en') ? heading : document.title;
                  done(inLanguage(text) ? null : (text === heading ? 'the h1 "' : 'the title "') + text + '" is no ' + lang
                    + ' text of the catalogue (or reads the same in ' + other + ')');
                }, (e) => done('the catalogues did not load: ' + e));
                """, expectedLanguage);
        if (problem != null) {
            findings.add(page, "language", String.valueOf(problem));
        }
    }

    /** The violations of axe-core, injected into the page when it is not there yet (after a full load). */
    JsonNode axe() {
        if (Boolean.FALSE.equals(script("return typeof window.axe === 'object';"))) {
            script(axeSource);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })"
                        + ".then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => ({ target: n.target, html: n.html.slice(0, 240), failureSummary: n.failureSummary })) })))),"
                        + " e => done(JSON.stringify({ error: String(e) })));",
                WCAG_TAGS);
        try {
            JsonNode parsed = JSON.readTree(String.valueOf(result));
            if (parsed.has("error")) {
                throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + parsed.get("error"));
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void screenshot(String state) {
        try {
            Files.createDirectories(screenshots);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(state + "-" + language() + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a field after the server refused the form: the input named {@code name} keeps {@code typed}, is marked
     * aria-invalid and names, in aria-describedby, a shown message with text. Each miss is a finding.
     */
    void assertFieldError(String state, By input, String typed) {
        WebElement control = find(input);
        String value = control.getDomProperty("value");
        if (!typed.equals(value)) {
            throw new AssertionError(state + ": " + input + " lost what was typed: '" + typed + "' became '" + value + "'");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tie = (Map<String, Object>) script(
                "const c = arguments[0]; const ids = (c.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);"
                        + "const shown = ids.map(id => document.getElementById(id))"
                        + ".filter(e => e && !e.hidden && e.offsetParent !== null && e.textContent.trim());"
                        + "return { invalid: c.getAttribute('aria-invalid'), message: shown.map(e => e.textContent.trim()).join(' | '),"
                        + " describedBy: ids.join(' ') };", control);
        if (!"true".equals(tie.get("invalid"))) {
            findings.add(state, "field error", input + " is not aria-invalid after the server refused it");
        }
        if (String.valueOf(tie.get("message")).isBlank()) {
            findings.add(state, "field error", input + " has no shown message in aria-describedby ('"
                    + tie.get("describedBy") + "')");
        }
    }
}
