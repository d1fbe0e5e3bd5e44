package se.inera.kundportal.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import se.inera.kundportal.functions.http.ApiEvents;

/**
 * User-facing Swedish text has one home, core's {@code se.inera.kundportal.core.message}, so that there is one
 * place to read and translate it: no string literal elsewhere in core's or the functions' sources holds å, ä or ö.
 * Comments may (Javadoc names the Swedish terms); mail templates are resources, their own home; log messages are
 * in English anyway.
 */
class UserFacingTextHasOneHomeTest {
    private static final Path PROJECT = ApiEvents.projectDirectory();
    private static final Path CORE = Path.of("core/src/main/java/se/inera/kundportal/core");
    private static final Path HOME = CORE.resolve("message");

    /**
     * Moved by the engineers changing them right now (ordering and attestation), who take their
     * texts to the home themselves: remove each entry when its branch has landed.
     */
    private static final Set<Path> NOT_YET_MOVED = Set.of();

    /** Literals with Swedish letters that are not text, by file. */
    private static final Map<Path, Set<String>> NOT_TEXT = Map.of(
            CORE.resolve("organisation/HsaId.java"), Set.of("åäöÅÄÖ")); // the letters an HSA-id may not hold

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setPreprocessUnicodeEscapes(true)); // "\u00e4" is an ä too

    @Test
    void noSwedishStringLiteralOutsideTheMessageHome() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path sources : List.of(Path.of("core/src/main/java"), Path.of("functions/src/main/java"))) {
            try (Stream<Path> files = Files.walk(PROJECT.resolve(sources))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Path relative = PROJECT.relativize(file);
                    if (relative.startsWith(HOME) || NOT_YET_MOVED.stream().anyMatch(relative::startsWith)) {
                        continue;
                    }
                    Set<String> allowed = NOT_TEXT.getOrDefault(relative, Set.of());
                    swedishLiterals(Files.readString(file)).stream()
                            .filter(literal -> !allowed.contains(literal.text()))
                            .forEach(literal -> found.add(relative + ":" + literal));
                }
            }
        }
        assertThat(found).as("Swedish text belongs in %s (one class per area); these literals are elsewhere",
                HOME).isEmpty();
    }

    @Test
    void theScanFindsSwedishInLiteralsAndTextBlocksButNotInComments() {
        String source = """
                /** Beställare: the orderer. */
                class Example {
                    // Ange ett värde.
                    String message = "Ogiltigt värde.";
                    String escaped = "Ogiltigt v\\u00e4rde.";
                    String block = \"""
                            Hej, här är ditt avtal.
                            \""";
                    String english = "Could not read the order";
                }
                """;

        assertThat(swedishLiterals(source)).extracting(Literal::text)
                .containsExactly("Ogiltigt värde.", "Ogiltigt värde.", "Hej, här är ditt avtal.\n");
    }

    record Literal(int line, String text) {
        @Override
        public String toString() {
            return line + ": \"" + text + "\"";
        }
    }

    private static List<Literal> swedishLiterals(String source) {
        ParseResult<CompilationUnit> parsed = PARSER.parse(source);
        assertThat(parsed.getProblems()).as("the source parses").isEmpty();
        return parsed.getResult().orElseThrow().findAll(LiteralStringValueExpr.class).stream()
                .map(literal -> new Literal(literal.getBegin().map(position -> position.line).orElse(0),
                        text(literal)))
                .filter(literal -> literal.text().chars().anyMatch(c -> "åäöÅÄÖ".indexOf(c) >= 0))
                .toList();
    }

    private static String text(LiteralStringValueExpr literal) {
        if (literal instanceof StringLiteralExpr string) {
            return string.asString();
        }
        if (literal instanceof TextBlockLiteralExpr block) {
            return block.asString();
        }
        return literal.getValue();
    }
}
