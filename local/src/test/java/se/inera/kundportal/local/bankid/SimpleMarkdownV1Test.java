package se.inera.kundportal.local.bankid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimpleMarkdownV1Test {

    @Test
    void rendersHeadingsStrongEmphasisListsAndTables() {
        String html = SimpleMarkdownV1.toHtml("""
                # Beställning
                Du attesterar *order 42*.

                + 1177 journal
                + Webcert

                | Tjänst | Pris |
                |---|---|
                | Webcert | 1 000 kr |
                ---
                """);

        assertThat(html).contains("<h2>Beställning</h2>")
                .contains("<p>Du attesterar <strong>order 42</strong>.</p>")
                .contains("<ul><li>1177 journal</li><li>Webcert</li></ul>")
                .contains("<thead><tr><th>Tjänst</th><th>Pris</th></tr></thead>")
                .contains("<tbody><tr><td>Webcert</td><td>1 000 kr</td></tr></tbody>")
                .contains("<hr>");
    }

    @Test
    void escapesEverythingItDoesNotFormat() {
        String html = SimpleMarkdownV1.toHtml("# <img src=x onerror=alert(1)>\n| \"a\" & 'b' |\n\\*not strong\\*");

        assertThat(html).doesNotContain("<img").doesNotContain("<strong>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&#34;a&#34; &amp; &#39;b&#39;")
                .contains("*not strong*");
        assertThat(SimpleMarkdownV1.plainToHtml("<b>\nrad 2")).isEqualTo("<p>&lt;b&gt;<br>rad 2</p>");
    }
}
