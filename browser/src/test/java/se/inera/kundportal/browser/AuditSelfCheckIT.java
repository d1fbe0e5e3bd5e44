package se.inera.kundportal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import se.inera.kundportal.browser.BrowserRun.Run;

/**
 * The checks of the journey can fail: each is run, as the journey runs it, on a page with the defect it looks for put
 * into it — axe-core, the page's language, focus lost to body, and a click inside a keyboard-only pass.
 */
@ExtendWith(BrowserRun.class)
class AuditSelfCheckIT {
    @Test
    void axeReportsAnImageWithoutTextAndAnUnlabelledInput(Run run) {
        Browser browser = startPage(run);
        browser.script("const main = document.getElementById('main');"
                + "const img = document.createElement('img'); img.src = '/favicon.svg'; main.append(img);"
                + "const input = document.createElement('input'); input.type = 'text'; main.append(input);");

        List<String> rules = new ArrayList<>();
        for (JsonNode violation : browser.axe()) {
            rules.add(violation.path("id").asText());
        }

        assertThat(rules).contains("image-alt", "label");
    }

    @Test
    void aPageInTheOtherLanguageOrAHeadingLeftUntranslatedIsAFinding(Run run) {
        Browser browser = startPage(run);
        String shown = browser.language();
        String other = "sv".equals(shown) ? "en" : "sv";
        try {
            browser.expectLanguage(shown);
            browser.checkLanguage("as shown");
            assertThat(browser.findings.takeAll()).as("the start page as it is").isEmpty();

            browser.expectLanguage(other);
            browser.checkLanguage("the other language expected");
            // The right lang attribute, but the h1 still in the page's own language.
            browser.script("document.documentElement.lang = arguments[0];", other);
            browser.checkLanguage("lang changed, h1 not");
        } finally {
            browser.expectLanguage(null);
        }

        assertThat(browser.findings.takeAll()).extracting(Findings.Finding::page)
                .containsExactly("the other language expected", "the other language expected", "lang changed, h1 not");
    }

    @Test
    void focusLeftOnBodyAfterAnActionIsAFinding(Run run) {
        Browser browser = startPage(run);
        Keyboard keyboard = new Keyboard(browser, () -> "focus removed");
        keyboard.tabTo("main a[href='/ansok']");
        browser.script("document.activeElement.remove();");

        keyboard.focusKept("removing the focused link");

        assertThat(browser.findings.takeAll()).extracting(Findings.Finding::kind).containsExactly("focus lost");
    }

    @Test
    void aClickInAKeyboardOnlyPassFailsIt(Run run) {
        Browser browser = startPage(run);
        Keyboard keyboard = new Keyboard(browser, () -> "clicked");
        keyboard.startPass();
        keyboard.tab();
        keyboard.endPass("tabbing alone");

        browser.find(By.cssSelector("main h1")).click();

        assertThatThrownBy(() -> keyboard.endPass("a pass with a click")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("pointer press");
        browser.findings.takeAll();
    }

    private static Browser startPage(Run run) {
        Browser browser = run.browser;
        browser.closeOtherTabs();
        browser.open("/");
        browser.find(By.cssSelector("main h1"));
        return browser;
    }
}
