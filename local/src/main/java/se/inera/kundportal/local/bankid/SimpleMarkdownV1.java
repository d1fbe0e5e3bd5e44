package se.inera.kundportal.local.bankid;

import java.util.ArrayList;
import java.util.List;
import org.owasp.encoder.Encode;

/**
 * Renders BankID's {@code simpleMarkdownV1} userVisibleData as HTML, the way the app formats it: headings
 * ({@code #}, {@code ##}, {@code ###}), strong emphasis ({@code *text*}), bullet lists ({@code + item}),
 * tables ({@code | a | b |} with a {@code |---|---|} line under the header), horizontal rules ({@code ---}),
 * paragraphs separated by empty lines, and {@code \} to take the next character literally.
 *
 * <p>Every piece of the input is HTML-escaped; only the fixed tags above are produced.
 */
final class SimpleMarkdownV1 {
    private SimpleMarkdownV1() {}

    /** Plain (unformatted) userVisibleData: escaped text with its line breaks kept. */
    static String plainToHtml(String text) {
        return "<p>" + Encode.forHtml(text).replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
    }

    static String toHtml(String markdown) {
        List<String> lines = List.of(markdown.replace("\r\n", "\n").split("\n", -1));
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flushParagraph(paragraph, html);
                i++;
            } else if (trimmed.startsWith("#")) {
                flushParagraph(paragraph, html);
                int level = 0;
                while (level < trimmed.length() && trimmed.charAt(level) == '#') {
                    level++;
                }
                level = Math.min(level, 3);
                html.append("<h").append(level + 1).append('>')
                        .append(inline(trimmed.substring(trimmed.indexOf(' ') < 0 ? trimmed.length()
                                : trimmed.indexOf(' ') + 1)))
                        .append("</h").append(level + 1).append('>');
                i++;
            } else if (trimmed.equals("---")) {
                flushParagraph(paragraph, html);
                html.append("<hr>");
                i++;
            } else if (trimmed.startsWith("+ ")) {
                flushParagraph(paragraph, html);
                html.append("<ul>");
                while (i < lines.size() && lines.get(i).strip().startsWith("+ ")) {
                    html.append("<li>").append(inline(lines.get(i).strip().substring(2))).append("</li>");
                    i++;
                }
                html.append("</ul>");
            } else if (trimmed.startsWith("|")) {
                flushParagraph(paragraph, html);
                i = table(lines, i, html);
            } else {
                paragraph.add(trimmed);
                i++;
            }
        }
        flushParagraph(paragraph, html);
        return html.toString();
    }

    private static int table(List<String> lines, int start, StringBuilder html) {
        html.append("<table>");
        int i = start;
        boolean hasHeader = i + 1 < lines.size() && isSeparator(lines.get(i + 1).strip());
        if (hasHeader) {
            html.append("<thead>");
            row(lines.get(i).strip(), "th", html);
            html.append("</thead>");
            i += 2;
        }
        html.append("<tbody>");
        while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
            row(lines.get(i).strip(), "td", html);
            i++;
        }
        html.append("</tbody></table>");
        return i;
    }

    private static void row(String line, String cellTag, StringBuilder html) {
        html.append("<tr>");
        for (String cell : cells(line)) {
            html.append('<').append(cellTag).append('>').append(inline(cell.strip()))
                    .append("</").append(cellTag).append('>');
        }
        html.append("</tr>");
    }

    /** Splits {@code | a | b |} on unescaped pipes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                cell.append(c).append(inner.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static boolean isSeparator(String line) {
        return line.startsWith("|") && line.replaceAll("[|\\-:\\s]", "").isEmpty() && line.contains("-");
    }

    private static void flushParagraph(List<String> paragraph, StringBuilder html) {
        if (paragraph.isEmpty()) {
            return;
        }
        html.append("<p>");
        for (int i = 0; i < paragraph.size(); i++) {
            html.append(i == 0 ? "" : "<br>").append(inline(paragraph.get(i)));
        }
        html.append("</p>");
        paragraph.clear();
    }

    /** Strong emphasis and escapes within one line; everything else is escaped text. */
    private static String inline(String text) {
        StringBuilder html = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean strong = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                run.append(text.charAt(++i));
            } else if (c == '*') {
                while (i + 1 < text.length() && text.charAt(i + 1) == '*') {
                    i++;   // "**" means the same as "*"
                }
                html.append(Encode.forHtml(run.toString()));
                run.setLength(0);
                html.append(strong ? "</strong>" : "<strong>");
                strong = !strong;
            } else {
                run.append(c);
            }
        }
        html.append(Encode.forHtml(run.toString()));
        if (strong) {
            html.append("</strong>");
        }
        return html.toString();
    }
}
