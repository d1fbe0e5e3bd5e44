package se.inera.kundportal.local.asl.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the intrinsic grammar:
 * <pre>
 * call     := 'States.' NAME '(' [argument (',' argument)*] ')'
 * argument := call | string | number | 'true' | 'false' | 'null' | path
 * string   := "'" (char | '\' any)* "'"          escapes: \' \{ \} \\
 * path     := '$' ...                            up to the next top-level ',' or ')'
 * </pre>
 */
final class IntrinsicParser {
    private static final String PREFIX = "States.";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private int position;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /** @throws IntrinsicException ({@code States.Runtime}) when {@code expression} is not a well-formed call */
    static IntrinsicCall.Call parse(String expression) {
        IntrinsicParser parser = new IntrinsicParser(expression);
        parser.skipWhitespace();
        IntrinsicCall.Call call = parser.call();
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.syntaxError("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private IntrinsicCall.Call call() {
        if (!text.startsWith(PREFIX, position)) {
            throw syntaxError("expected 'States.'");
        }
        position += PREFIX.length();
        int nameStart = position;
        while (!atEnd() && Character.isLetterOrDigit(peek())) {
            position++;
        }
        String name = text.substring(nameStart, position);
        if (name.isEmpty()) {
            throw syntaxError("expected a function name");
        }
        skipWhitespace();
        expect('(');
        List<IntrinsicCall> arguments = new ArrayList<>();
        skipWhitespace();
        if (!atEnd() && peek() == ')') {
            position++;
            return new IntrinsicCall.Call(name, List.copyOf(arguments));
        }
        while (true) {
            skipWhitespace();
            arguments.add(argument());
            skipWhitespace();
            if (atEnd()) {
                throw syntaxError("missing ')'");
            }
            char next = text.charAt(position++);
            if (next == ')') {
                return new IntrinsicCall.Call(name, List.copyOf(arguments));
            }
            if (next != ',') {
                throw syntaxError("expected ',' or ')'");
            }
        }
    }

    private IntrinsicCall argument() {
        if (atEnd()) {
            throw syntaxError("expected an argument");
        }
        char first = peek();
        if (first == '\'') {
            return string();
        }
        if (first == '$') {
            return path();
        }
        if (text.startsWith(PREFIX, position)) {
            return call();
        }
        if (first == '-' || Character.isDigit(first)) {
            return number();
        }
        String word = word();
        return switch (word) {
            case "true" -> new IntrinsicCall.Literal(NODES.booleanNode(true), null);
            case "false" -> new IntrinsicCall.Literal(NODES.booleanNode(false), null);
            case "null" -> new IntrinsicCall.Literal(NODES.nullNode(), null);
            default -> throw syntaxError("unexpected argument '" + word + "'");
        };
    }

    private IntrinsicCall string() {
        position++; // opening quote
        int rawStart = position;
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(position++);
            if (c == '\'') {
                return new IntrinsicCall.Literal(NODES.textNode(value.toString()), text.substring(rawStart, position - 1));
            }
            if (c == '\\' && !atEnd()) {
                char escaped = text.charAt(position++);
                if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
                    value.append('\\'); // not one of AWS's escapes: the backslash stays
                }
                value.append(escaped);
            } else {
                value.append(c);
            }
        }
        throw syntaxError("unterminated string literal");
    }

    private IntrinsicCall number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        while (!atEnd() && (Character.isDigit(peek()) || "+-.eE".indexOf(peek()) >= 0)) {
            position++;
        }
        String literal = text.substring(start, position);
        try {
            BigDecimal decimal = new BigDecimal(literal);
            boolean integral = literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
            JsonNode value = integral ? integerNode(decimal.toBigIntegerExact()) : NODES.numberNode(decimal.doubleValue());
            return new IntrinsicCall.Literal(value, null);
        } catch (NumberFormatException | ArithmeticException e) {
            throw syntaxError("malformed number '" + literal + "'");
        }
    }

    private static JsonNode integerNode(BigInteger value) {
        if (value.bitLength() < 32) {
            return NODES.numberNode(value.intValue());
        }
        return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    /** A path ends at the first ',' or ')' outside brackets and quotes ({@code $['a,b']} is one path). */
    private IntrinsicCall path() {
        int start = position;
        int bracketDepth = 0;
        boolean quoted = false;
        while (!atEnd()) {
            char c = peek();
            if (quoted) {
                if (c == '\\') {
                    position++;
                } else if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '[' || c == '(') {
                bracketDepth++;
            } else if (c == ']' || (c == ')' && bracketDepth > 0)) {
                bracketDepth--;
            } else if (bracketDepth == 0 && (c == ',' || c == ')')) {
                break;
            }
            position++;
        }
        return new IntrinsicCall.Path(text.substring(start, position).strip());
    }

    private String word() {
        int start = position;
        while (!atEnd() && Character.isLetterOrDigit(peek())) {
            position++;
        }
        if (position == start) {
            position++; // a lone symbol, reported as the unexpected argument
        }
        return text.substring(start, position);
    }

    private void expect(char expected) {
        if (atEnd() || peek() != expected) {
            throw syntaxError("expected '" + expected + "'");
        }
        position++;
    }

    private void skipWhitespace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            position++;
        }
    }

    private char peek() {
        return text.charAt(position);
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private IntrinsicException syntaxError(String detail) {
        return new IntrinsicException(IntrinsicFunctions.RUNTIME,
                "The intrinsic function '" + text + "' is malformed at position " + position + ": " + detail);
    }
}
