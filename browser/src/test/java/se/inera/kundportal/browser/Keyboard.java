package se.inera.kundportal.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard-only user: Tab, Shift+Tab, Enter, Space and typing, nothing else (no clicks). After every key the focus
 * must be somewhere (not on body, once the page has settled) and the focused element's indicator must reach 3:1
 * against what surrounds it (WCAG 1.4.11); each miss is a finding of the current {@code state}.
 */
final class Keyboard {
    /** More than any page here has focusable elements: a target not reached by then is not reachable. */
    private static final int MAX_TABS = 250;
    /** Measures the focused element's indicator: the outermost ring (outline or box-shadow) against the background behind it. */
    private static final String FOCUS_INDICATOR = """
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) return { onBody: true };
            const parse = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(c || ''); if (!m) return null;
              const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1, css: m[0] }; };
            const behind = (node) => { for (let n = node; n; n = n.parentElement) { const c = parse(getComputedStyle(n).backgroundColor);
              if (c && c.a > 0) return c; } return { r: 255, g: 255, b: 255, a: 1, css: 'rgb(255, 255, 255)' }; };
            const s = getComputedStyle(el);
            const rings = [];
            const outlineWidth = parseFloat(s.outlineWidth) || 0;
            if (s.outlineStyle !== 'none' && outlineWidth > 0) rings.push({ colour: parse(s.outlineColor), reach: outlineWidth + (parseFloat(s.outlineOffset) || 0) });
            if (s.boxShadow && s.boxShadow !== 'none') {
              for (const shadow of s.boxShadow.split(/,(?![^(]*\\))/)) {
                const colour = parse(shadow); const lengths = shadow.replace(/rgba?\\([^)]+\\)/, '').match(/-?[\\d.]+px/g) || [];
                const spread = lengths.length >= 4 ? parseFloat(lengths[3]) : 0; const blur = lengths.length >= 3 ? parseFloat(lengths[2]) : 0;
                if (colour && colour.a > 0 && (spread > 0 || blur > 0)) rings.push({ colour, reach: spread + blur / 2 });
              }
            }
            const what = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '')
              + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            if (el.getAttribute('tabindex') === '-1') return { what, programmatic: true };
            if (!rings.length) return { what, none: true };
            rings.sort((a, b) => b.reach - a.reach);
            const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const back = behind(el.parentElement || el); const ring = rings[0].colour;
            const blend = (c) => ({ r: c.r * c.a + back.r * (1 - c.a), g: c.g * c.a + back.g * (1 - c.a), b: c.b * c.a + back.b * (1 - c.a) });
            const a = lum(blend(ring)), b = lum(back);
            return { what, ring: ring.css, background: back.css, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
            """;

    private static final String DESCRIBE_FOCUS = """
            const el = document.activeElement;
            if (!el || el === document.body) return 'body';
            return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '')
              + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '') + (el.type ? '[type=' + el.type + ']' : '');
            """;

    private final Browser browser;
    private final Supplier<String> state;

    /** {@code state} names the page and state for the findings (it changes as the user goes on). */
    Keyboard(Browser browser, Supplier<String> state) {
        this.browser = browser;
        this.state = state;
    }

    /**
     * Starts watching the page for pointer presses (pointerdown, mousedown — a click by Selenium makes both; a key
     * makes neither), so that {@link #endPass} can prove a keyboard-only pass used no click.
     */
    void startPass() {
        browser.script("window.kundportalPointerPresses = 0;"
                + "if (!window.kundportalPointerWatched) { window.kundportalPointerWatched = true;"
                + " const count = () => { window.kundportalPointerPresses += 1; };"
                + " document.addEventListener('pointerdown', count, true); document.addEventListener('mousedown', count, true); }");
    }

    /** Ends a keyboard-only pass: it fails if the page saw a pointer press since {@link #startPass}, or was reloaded. */
    void endPass(String pass) {
        Object presses = browser.script("return window.kundportalPointerPresses === undefined ? -1 : window.kundportalPointerPresses;");
        long count = ((Number) presses).longValue();
        if (count != 0) {
            throw new AssertionError(pass + " was to be keyboard only, but " + (count < 0
                    ? "the page was loaded again on the way, so it was not watched to the end"
                    : "the page saw " + count + " pointer press(es)"));
        }
    }

    void tab() {
        press(Keys.TAB);
    }

    void shiftTab() {
        press(Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    void enter() {
        press(Keys.ENTER);
    }

    void space() {
        press(Keys.SPACE);
    }

    /** Types into the focused input, replacing what it held (Ctrl+A first). */
    void replaceText(String text) {
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
        type(text);
    }

    void type(String text) {
        Object before = browser.script(DESCRIBE_FOCUS);
        new Actions(browser.driver).sendKeys(text).perform();
        checkFocus("typing in " + before);
    }

    /**
     * Tabs until the focused element matches the CSS {@code selector}: forward when it comes later in the page than
     * the focus, else backward (Shift+Tab), as a person would; fails when it is never reached.
     */
    void tabTo(String selector) {
        boolean backward = Boolean.TRUE.equals(browser.script(
                "const target = document.querySelector(arguments[0]); const at = document.activeElement;"
                        + "return !!target && !!at && at !== document.body"
                        + " && !!(at.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING);", selector));
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusedMatches(selector)) {
                return;
            }
            if (backward) {
                shiftTab();
            } else {
                tab();
            }
        }
        throw new AssertionError(state.get() + ": " + selector + " is not reached with Tab (focus on "
                + browser.script("return document.activeElement && document.activeElement.outerHTML.slice(0, 200);") + ")");
    }

    /** Tabs to {@code selector} and types {@code text} there, replacing what it held. */
    void fill(String selector, String text) {
        tabTo(selector);
        replaceText(text);
    }

    boolean focusedMatches(String selector) {
        return Boolean.TRUE.equals(browser.script(
                "return !!document.activeElement && document.activeElement.matches(arguments[0]);", selector));
    }

    private void press(CharSequence key) {
        Object before = browser.script(DESCRIBE_FOCUS);
        new Actions(browser.driver).sendKeys(key).perform();
        String pressed = describe(key);
        boolean moving = pressed.equals("Tab") || pressed.equals("Shift+Tab");
        if (moving && "body".equals(browser.script(DESCRIBE_FOCUS))) {
            // Tab past the last (Shift+Tab past the first) element leaves the page for the browser's own controls;
            // the next press comes back into the page. That is the browser, not a page losing focus.
            new Actions(browser.driver).sendKeys(key).perform();
        }
        checkFocus(pressed + " on " + before);
    }

    private static String describe(CharSequence key) {
        String keys = key.toString();
        if (keys.equals(Keys.TAB.toString())) {
            return "Tab";
        }
        if (keys.equals(Keys.ENTER.toString())) {
            return "Enter";
        }
        return keys.equals(Keys.SPACE.toString()) ? "Space" : "Shift+Tab";
    }

    /**
     * Waits for the page to settle (a request's answer may move focus; a disabled button drops it meanwhile), then
     * records focus on body, or a focus indicator under 3:1, as findings.
     */
    void checkFocus(String after) {
        Map<String, Object> measured = settledFocus();
        if (Boolean.TRUE.equals(measured.get("onBody"))) {
            browser.findings.add(state.get(), "focus lost", "document.activeElement is <body> after " + after);
        } else if (Boolean.TRUE.equals(measured.get("programmatic"))) {
            return; // a heading, a summary or main focused by the page, not a control in the tab order
        } else if (Boolean.TRUE.equals(measured.get("none"))) {
            browser.findings.add(state.get(), "no focus indicator", measured.get("what") + " shows no outline or ring");
        } else {
            double ratio = ((Number) measured.get("ratio")).doubleValue();
            if (ratio < 3.0) {
                // One finding per ring and background in a state, naming the first element seen with it.
                browser.findings.add(state.get(), "focus indicator contrast",
                        String.format("ring %s on %s is %.2f:1 (needs 3:1)", measured.get("ring"), measured.get("background"), ratio),
                        " e.g. " + measured.get("what"));
            }
        }
    }

    /**
     * After an action that was not a key (a click, or a request whose answer has now been shown): focus must be
     * somewhere, not on body, once the page has settled; else a finding. The indicator is not measured, since a
     * browser shows no ring after a click.
     */
    void focusKept(String after) {
        if (Boolean.TRUE.equals(settledFocus().get("onBody"))) {
            browser.findings.add(state.get(), "focus lost", "document.activeElement is <body> after " + after);
        }
    }

    /** The focused element's measurements, polled for a while as long as focus is on body. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> settledFocus() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(5));
        Map<String, Object> measured = (Map<String, Object>) browser.script(FOCUS_INDICATOR);
        while (Boolean.TRUE.equals(measured.get("onBody")) && Instant.now().isBefore(giveUp)) {
            pause();
            measured = (Map<String, Object>) browser.script(FOCUS_INDICATOR);
        }
        return measured;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
