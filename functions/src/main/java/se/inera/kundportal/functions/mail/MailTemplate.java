package se.inera.kundportal.functions.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.encoder.Encode;

/**
 * One e-mail text kept as data: three resource files under {@code mail/templates/} named after the
 * template ({@code NAME.subject.txt}, {@code NAME.txt}, {@code NAME.html}) with {@code {{placeholder}}}
 * fields. Values are HTML-escaped in the HTML part (OWASP Java Encoder) and inserted as they are in the subject and the
 * text part. A placeholder without a value, or a value without a placeholder, is a programming
 * error and fails at once rather than mailing a half-filled text.
 */
public final class MailTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");
    private static final String FOLDER = "/se/inera/kundportal/functions/mail/templates/";

    private final String name;
    private final String subject;
    private final String text;
    private final String html;

    private MailTemplate(String name, String subject, String text, String html) {
        this.name = name;
        this.subject = subject.strip();
        this.text = text;
        this.html = html;
    }

    /** Loads {@code NAME.subject.txt}, {@code NAME.txt} and {@code NAME.html} from the class path. */
    public static MailTemplate load(String name) {
        return new MailTemplate(name, read(name + ".subject.txt"), read(name + ".txt"), read(name + ".html"));
    }

    public String name() {
        return name;
    }

    /** Every placeholder the template uses, in any of its three parts. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : new String[] {subject, text, html}) {
            Matcher matcher = PLACEHOLDER.matcher(part);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The mail to {@code to} with every placeholder filled from {@code values}. */
    public MailMessage render(String to, Map<String, String> values) {
        Set<String> needed = placeholders();
        if (!needed.equals(values.keySet())) {
            throw new IllegalArgumentException("Template " + name + " needs " + needed + " but got " + values.keySet());
        }
        return new MailMessage(to, fill(subject, values, false).replaceAll("\\s+", " "), fill(html, values, true),
                fill(text, values, false));
    }

    private static String fill(String template, Map<String, String> values, boolean escapeHtml) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(escapeHtml ? Encode.forHtml(value) : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String read(String file) {
        try (InputStream in = MailTemplate.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Mail template file missing: " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read mail template " + file, e);
        }
    }
}
