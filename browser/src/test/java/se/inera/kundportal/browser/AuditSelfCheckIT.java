package se.inera.kundportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import se.inera.kundportal.browser.BrowserRun.Run;

/** The checks of the journey can fail: axe-core, run as the journey runs it, reports a defect put into a page. */
@ExtendWith(BrowserRun.class)
class AuditSelfCheckIT {
    @Test
    void axeReportsAnImageWithoutTextAndAnUnlabelledInput(Run run) {
        Browser browser = run.browser;
        browser.open("/");
        browser.find(By.cssSelector("main h1"));
        browser.script("const main = document.getElementById('main');"
                + "const img = document.createElement('img'); img.src = '/favicon.svg'; main.append(img);"
                + "const input = document.createElement('input'); input.type = 'text'; main.append(input);");

        List<String> rules = new ArrayList<>();
        for (JsonNode violation : browser.axe()) {
            rules.add(violation.path("id").asText());
        }

        assertThat(rules).contains("image-alt", "label");
    }
}
