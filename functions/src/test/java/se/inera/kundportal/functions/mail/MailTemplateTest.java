package se.inera.kundportal.functions.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MailTemplateTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/se/inera/kundportal/functions/mail/templates");

    static Stream<String> templateNames() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".subject.txt"))
                    .map(name -> name.substring(0, name.length() - ".subject.txt".length()))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void everyTemplateHasItsThreePartsInSwedishAndFillsCompletely(String name) {
        MailTemplate template = MailTemplate.load(name);
        Map<String, String> values = new LinkedHashMap<>();
        template.placeholders().forEach(placeholder -> values.put(placeholder, "<" + placeholder + ">"));

        MailMessage mail = template.render("anna@example.se", values);

        assertThat(mail.subject()).doesNotContain("{{");
        assertThat(mail.textBody()).doesNotContain("{{").contains("Ineras kundportal");
        assertThat(mail.htmlBody()).doesNotContain("{{").contains("<html lang=\"sv\">").contains("&lt;")
                .doesNotContain("<" + template.placeholders().iterator().next() + ">");
    }

    @Test
    void escapesValuesInTheHtmlPartOnly() {
        MailTemplate template = MailTemplate.load("application-rejected");

        MailMessage mail = template.render("anna@example.se", Map.of("applicantName", "Anna", "organisationName",
                "A & B <AB>", "organisationsnummer", "556677-8899", "reason", "\"Fel\" 'igen' <script>alert(1)</script>"));

        // Safe in element content and in quoted attribute values alike (OWASP Java Encoder's forHtml).
        assertThat(mail.htmlBody()).contains("A &amp; B &lt;AB&gt;")
                .contains("&#34;Fel&#34; &#39;igen&#39; &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("\"Fel\"").doesNotContain("'igen'");
        assertThat(mail.textBody()).contains("A & B <AB>").contains("\"Fel\" 'igen' <script>alert(1)</script>");
        assertThat(mail.subject()).isEqualTo("Er ansökan om att bli kund hos Inera har inte godkänts");
    }

    @Test
    void refusesToMailAHalfFilledTemplate() {
        MailTemplate template = MailTemplate.load("application-rejected");

        assertThatThrownBy(() -> template.render("anna@example.se", Map.of("applicantName", "Anna")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }

    @Test
    void linksAreBuiltFromThePortalBaseUrlAndCarryOnlyTheLinkId() {
        PortalLinks links = new PortalLinks("https://kundportal.inera.se/");
        var linkId = new se.inera.kundportal.core.common.LinkId("abcdefghijklmnopqrstuvwxyz0123456789-_");

        assertThat(links.signing(linkId)).isEqualTo("https://kundportal.inera.se/signera/" + linkId.value());
        assertThat(links.login()).isEqualTo("https://kundportal.inera.se/logga-in");
        assertThatThrownBy(() -> new PortalLinks("http://kundportal.inera.se"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PortalLinks("http://localhost:8080").login()).isEqualTo("http://localhost:8080/logga-in");
    }
}
