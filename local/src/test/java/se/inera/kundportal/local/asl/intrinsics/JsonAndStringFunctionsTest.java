package se.inera.kundportal.local.asl.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.local.asl.intrinsics.IntrinsicTesting.evaluate;
import static se.inera.kundportal.local.asl.intrinsics.IntrinsicTesting.json;

import org.junit.jupiter.api.Test;

class JsonAndStringFunctionsTest {

    @Test
    void formatFillsPlaceholdersInOrder() {
        assertThat(evaluate("States.Format('{} is {} and {}', $.s, $.n, $.z)", "{\"s\": \"x\", \"n\": 1.5, \"z\": null}"))
                .isEqualTo(json("\"x is 1.5 and null\""));
    }

    @Test
    void formatTreatsEscapedBracesAsText() {
        assertThat(evaluate("States.Format('\\{\\} {}', 'v')")).isEqualTo(json("\"{} v\""));
    }

    @Test
    void formatRejectsAMismatchedArgumentCountAndContainers() {
        assertThatThrownBy(() -> evaluate("States.Format('{} {}', 'a')")).isInstanceOf(IntrinsicException.class);
        assertThatThrownBy(() -> evaluate("States.Format('{}', $.o)", "{\"o\": {}}")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void stringToJsonParsesAndTreatsBlankAsNull() {
        assertThat(evaluate("States.StringToJson($.s)", "{\"s\": \"{\\\"a\\\": [1, true]}\"}")).isEqualTo(json("{\"a\": [1, true]}"));
        assertThat(evaluate("States.StringToJson($.s)", "{\"s\": \"  \"}")).isEqualTo(json("null"));
        assertThatThrownBy(() -> evaluate("States.StringToJson($.s)", "{\"s\": \"{oops\"}")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void jsonToStringWritesCompactJson() {
        assertThat(evaluate("States.JsonToString($.o)", "{\"o\": {\"a\": [1, \"x\"], \"b\": null}}").textValue())
                .isEqualTo("{\"a\":[1,\"x\"],\"b\":null}");
    }

    @Test
    void jsonMergeIsShallowAndRejectsDeep() {
        String input = "{\"a\": {\"x\": 1, \"y\": 2}, \"b\": {\"x\": {\"z\": 3}, \"w\": 4}}";
        assertThat(evaluate("States.JsonMerge($.a, $.b, false)", input)).isEqualTo(json("{\"x\": {\"z\": 3}, \"y\": 2, \"w\": 4}"));
        assertThatThrownBy(() -> evaluate("States.JsonMerge($.a, $.b, true)", input)).isInstanceOf(IntrinsicException.class);
        assertThatThrownBy(() -> evaluate("States.JsonMerge($.a, 'x', false)", input)).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void stringSplitSplitsOnEachDelimiterCharacterAndDropsEmptyPieces() {
        assertThat(evaluate("States.StringSplit('a.b+c,,d', '.+,')")).isEqualTo(json("[\"a\", \"b\", \"c\", \"d\"]"));
        assertThat(evaluate("States.StringSplit(',,', ',')")).isEqualTo(json("[]"));
        assertThatThrownBy(() -> evaluate("States.StringSplit(1, ',')")).isInstanceOf(IntrinsicException.class);
    }
}
