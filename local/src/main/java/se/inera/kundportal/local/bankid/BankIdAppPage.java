package se.inera.kundportal.local.bankid;

import static org.owasp.encoder.Encode.forHtml;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The simulated BankID app's pages (Swedish). Every value that reaches the HTML goes through {@link Html}. */
final class BankIdAppPage {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));
    private static final Map<String, String> FAILURE_EXPLANATIONS = Map.of(
            "userCancel", "Du avbröt.",
            "cancelled", "Ordern avbröts eftersom tjänsten startade en ny order för samma person.",
            "expiredTransaction", "Tiden för ordern gick ut innan du hann slutföra den.",
            "startFailed", "Ingen BankID-app öppnade ordern i tid.",
            "certificateErr", "BankID:t är spärrat eller för gammalt.");

    private final String basePath;
    private final TestPersons testPersons;
    private final String serverName;

    BankIdAppPage(String basePath, TestPersons testPersons, String serverName) {
        this.basePath = basePath;
        this.testPersons = testPersons;
        this.serverName = serverName;
    }

    String orderPath(String orderRef) {
        return basePath + "/app/orders/" + URLEncoder.encode(orderRef, StandardCharsets.UTF_8);
    }

    String orderList(List<OrderSnapshot> orders, Optional<String> error) {
        StringBuilder body = new StringBuilder();
        error.ifPresent(message -> body.append(errorBox(message)));
        body.append("<section><h2>Skanna QR-kod</h2>")
                .append("<form method=\"post\" action=\"").append(forHtml(basePath + "/app/open")).append("\">")
                .append("<label for=\"code\">Klistra in QR-kodens innehåll (bankid.…) eller en autoStartToken</label>")
                .append("<textarea id=\"code\" name=\"code\" rows=\"2\" required></textarea>")
                .append("<button type=\"submit\">Öppna</button></form></section>");
        body.append("<section><h2>Pågående order</h2>");
        if (orders.isEmpty()) {
            body.append("<p class=\"muted\">Inga pågående order. Sidan uppdateras av sig själv.</p>");
        } else {
            body.append("<table><thead><tr><th>Startad</th><th>Typ</th><th>Text</th><th>Kräver person</th>")
                    .append("<th>Status</th><th></th></tr></thead><tbody>");
            for (OrderSnapshot order : orders) {
                body.append("<tr><td>").append(forHtml(TIME.format(order.createdAt()))).append("</td><td>")
                        .append(order.type() == OrderType.SIGN ? "Signering" : "Legitimering").append("</td><td>")
                        .append(forHtml(preview(order))).append("</td><td>")
                        .append(forHtml(order.request().requirement().personalNumber()
                                .map(BankIdAppPage::formatPersonalNumber).orElse("–")))
                        .append("</td><td><code>").append(forHtml(order.hintCode().orElse(""))).append("</code></td>")
                        .append("<td><form method=\"post\" action=\"").append(forHtml(basePath + "/app/open"))
                        .append("\"><input type=\"hidden\" name=\"code\" value=\"")
                        .append(forHtml(order.autoStartToken())).append("\">")
                        .append("<button type=\"submit\">Öppna</button></form></td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("</section>");
        return page("BankID – pågående order", body.toString(), true);
    }

    String order(OrderSnapshot order, Optional<String> error) {
        StringBuilder body = new StringBuilder();
        String action = order.type().actionInSwedish();
        body.append("<p><a href=\"").append(forHtml(basePath + "/app")).append("\">← Alla pågående order</a></p>");
        body.append("<section><h2>").append(forHtml(action)).append(" hos ").append(forHtml(serverName))
                .append("</h2>");
        body.append("<div class=\"visible-data\">").append(visibleData(order)).append("</div>");
        body.append(requirements(order.request().requirement()));
        body.append("</section>");
        error.ifPresent(message -> body.append(errorBox(message)));
        body.append("<section>");
        String actionsPath = orderPath(order.orderRef());
        switch (order.stage()) {
            case OUTSTANDING -> body.append("<h2>Inte öppnad i appen än</h2><form method=\"post\" action=\"")
                    .append(forHtml(basePath + "/app/open")).append("\"><input type=\"hidden\" name=\"code\" value=\"")
                    .append(forHtml(order.autoStartToken()))
                    .append("\"><button type=\"submit\">Öppna i appen</button></form>");
            case STARTED -> {
                body.append("<h2>Välj BankID</h2><form method=\"post\" action=\"")
                        .append(forHtml(actionsPath + "/identify")).append("\"><fieldset>");
                // Preselect the person the relying party asked for, else the first one.
                String preselected = order.request().requirement().personalNumber()
                        .orElse(testPersons.all().get(0).personalNumber());
                for (TestPerson person : testPersons.all()) {
                    boolean checked = person.personalNumber().equals(preselected);
                    body.append("<label class=\"person\"><input type=\"radio\" name=\"personalNumber\" value=\"")
                            .append(forHtml(person.personalNumber())).append('"').append(checked ? " checked" : "")
                            .append("> <strong>").append(forHtml(person.name())).append("</strong> ")
                            .append(forHtml(formatPersonalNumber(person.personalNumber())))
                            .append(" <span class=\"muted\">").append(forHtml(person.description()))
                            .append("</span></label>");
                }
                body.append("</fieldset><button type=\"submit\">Fortsätt</button></form>");
                body.append(cancelButton(actionsPath));
            }
            case USER_MRTD -> {
                body.append("<h2>Skanna din id-handling</h2><p>Tjänsten kräver att du skannar ditt pass eller ")
                        .append("nationella id-kort.</p><form method=\"post\" action=\"")
                        .append(forHtml(actionsPath + "/mrtd"))
                        .append("\"><button type=\"submit\">Skanna id-handling</button></form>");
                body.append(cancelButton(actionsPath));
            }
            case USER_SIGN -> {
                TestPerson person = order.person().orElseThrow();
                body.append("<h2>").append(forHtml(action)).append(" som ").append(forHtml(person.name()))
                        .append("</h2><p>Bekräfta med din säkerhetskod.</p><form method=\"post\" action=\"")
                        .append(forHtml(actionsPath + "/confirm")).append("\"><button type=\"submit\">")
                        .append(forHtml(action)).append("</button></form>");
                body.append(cancelButton(actionsPath));
            }
            case COMPLETE -> body.append("<h2 class=\"ok\">Klart</h2><p>")
                    .append(forHtml(order.person().map(TestPerson::name).orElse("")))
                    .append(order.type() == OrderType.SIGN ? " har signerat." : " har legitimerat sig.")
                    .append(" Gå tillbaka till tjänsten.</p>");
            case FAILED -> {
                String hintCode = order.hintCode().orElse("");
                body.append("<h2 class=\"failed\">Avbrutet</h2><p>")
                        .append(forHtml(FAILURE_EXPLANATIONS.getOrDefault(hintCode, "Ordern misslyckades.")))
                        .append(" <code>").append(forHtml(hintCode)).append("</code></p>");
            }
            default -> throw new IllegalStateException("Unhandled stage " + order.stage());
        }
        body.append("</section>");
        return page("BankID – " + action, body.toString(), false);
    }

    String notFound() {
        return page("BankID – finns inte", "<p>Sidan eller ordern finns inte (längre).</p><p><a href=\""
                + forHtml(basePath + "/app") + "\">Till pågående order</a></p>", false);
    }

    private String requirements(Requirement requirement) {
        StringBuilder list = new StringBuilder();
        requirement.personalNumber().ifPresent(number -> list.append("<li>Endast BankID för ")
                .append(forHtml(formatPersonalNumber(number))).append("</li>"));
        if (requirement.pinCode()) {
            list.append("<li>Säkerhetskod krävs (inte biometri)</li>");
        }
        if (requirement.mrtd()) {
            list.append("<li>Pass eller nationellt id-kort krävs</li>");
        }
        requirement.cardReader().ifPresent(reader -> list.append("<li>Kortläsare av typ ")
                .append(forHtml(reader)).append("</li>"));
        if (!requirement.certificatePolicies().isEmpty()) {
            list.append("<li>Certifikatpolicyer: ").append(forHtml(String.join(", ",
                    requirement.certificatePolicies()))).append("</li>");
        }
        return list.isEmpty() ? "" : "<h3>Krav från tjänsten</h3><ul>" + list + "</ul>";
    }

    private static String visibleData(OrderSnapshot order) {
        Optional<String> text = order.request().userVisibleText();
        if (text.isEmpty()) {
            return "<p class=\"muted\">(Ingen text från tjänsten.)</p>";
        }
        return order.request().simpleMarkdown()
                ? SimpleMarkdownV1.toHtml(text.get())
                : SimpleMarkdownV1.plainToHtml(text.get());
    }

    private static String preview(OrderSnapshot order) {
        String text = order.request().userVisibleText().orElse("").replaceAll("\\s+", " ").strip();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    private static String cancelButton(String actionsPath) {
        return "<form method=\"post\" action=\"" + forHtml(actionsPath + "/cancel")
                + "\"><button type=\"submit\" class=\"secondary\">Avbryt</button></form>";
    }

    private static String errorBox(String message) {
        return "<p class=\"error\" role=\"alert\">" + forHtml(message) + "</p>";
    }

    /** {@code YYYYMMDD-NNNN}, as the app shows it. */
    static String formatPersonalNumber(String twelveDigits) {
        return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
    }

    private String page(String title, String body, boolean autoRefresh) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + forHtml(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + forHtml(basePath + "/app/app.css") + "\">"
                + "<script src=\"" + forHtml(basePath + "/app/app.js") + "\" defer></script></head>"
                + "<body" + (autoRefresh ? " data-auto-refresh=\"3000\"" : "") + ">"
                + "<header><h1>BankID <span class=\"muted\">(simulerad app för lokal utveckling)</span></h1></header>"
                + "<main>" + body + "</main></body></html>";
    }
}
