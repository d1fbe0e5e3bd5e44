package se.inera.kundportal.local.sms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import static org.owasp.encoder.Encode.forHtml;

/** The captured SMS as an HTML page (Swedish); every value is escaped. Reloads itself every five seconds. */
final class SmsInboxPage {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7}"
            + "header{background:#193e4f;color:#fff;padding:.75rem 1.25rem}h1{font-size:1.25rem;margin:0}"
            + "main{max-width:60rem;margin:1rem auto;padding:0 1rem}"
            + "table{border-collapse:collapse;width:100%;background:#fff}"
            + "th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e3e5e8;vertical-align:top}"
            + "td.text{white-space:pre-wrap;font-family:monospace}.muted{color:#5f6b73}";

    private SmsInboxPage() {}

    static String render(List<CapturedSms> messages, Optional<String> filter, String basePath) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"refresh\" content=\"5\">")
                .append("<title>SMS – lokal fångst</title><style>").append(STYLE).append("</style></head><body>")
                .append("<header><h1>SMS som skickats via SNS (fångade lokalt, inget skickas på riktigt)</h1></header>")
                .append("<main><form method=\"get\" action=\"").append(forHtml(basePath + "/")).append("\">")
                .append("<label for=\"phoneNumber\">Mobilnummer </label>")
                .append("<input id=\"phoneNumber\" name=\"phoneNumber\" placeholder=\"+46701234567\" value=\"")
                .append(forHtml(filter.orElse(""))).append("\"> <button type=\"submit\">Filtrera</button></form>");
        if (messages.isEmpty()) {
            html.append("<p class=\"muted\">Inga SMS").append(filter.isPresent() ? " till det numret" : "")
                    .append(" ännu.</p>");
        } else {
            html.append("<p class=\"muted\">").append(messages.size()).append(" SMS, nyaste först.</p>")
                    .append("<table><thead><tr><th>Tid</th><th>Till</th><th>Meddelande</th><th>Attribut</th>")
                    .append("</tr></thead><tbody>");
            for (CapturedSms sms : messages) {
                html.append("<tr><td>").append(forHtml(TIME.format(sms.receivedAt()))).append("</td><td>")
                        .append(forHtml(sms.phoneNumber())).append("</td><td class=\"text\">")
                        .append(forHtml(sms.message())).append("</td><td>");
                sms.messageAttributes().forEach((name, value) -> html.append(forHtml(name)).append(" = ")
                        .append(forHtml(value)).append("<br>"));
                html.append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</main></body></html>").toString();
    }
}
