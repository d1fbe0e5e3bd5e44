package se.inera.kundportal.local.asl.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataFunctionsTest {

    private static Object evaluate(String expression) {
        Jsonata compiled = Jsonata.jsonata(expression);
        JsonataFunctions.registerAll(compiled);
        return compiled.evaluate(null);
    }

    @Test
    void partitionChunksAnArray() {
        assertThat(evaluate("$partition([1, 2, 3], 2)")).isEqualTo(List.of(List.of(1, 2), List.of(3)));
        assertThat(evaluate("$partition([1], 1)")).isEqualTo(List.of(List.of(1)));
    }

    @Test
    void rangeIsInclusiveAndUnwrapsASingleElement() {
        assertThat(evaluate("$range(0, 10, 3)")).isEqualTo(List.of(0L, 3L, 6L, 9L));
        assertThat(evaluate("$range(1, 9, 9)")).isEqualTo(1L);
    }

    @Test
    void hashUsesAwsAlgorithmNames() {
        assertThat(evaluate("$hash('input data', 'MD5')")).isEqualTo("812f45842bc6d66ee14572ce20db8e86");
    }

    @Test
    void randomIsAFractionRepeatableWithASeed() {
        assertThat((Double) evaluate("$random()")).isBetween(0.0, 1.0);
        assertThat(evaluate("$random(42)")).isEqualTo(evaluate("$random(42)"));
    }

    @Test
    void uuidAndParse() {
        assertThat((String) evaluate("$uuid()")).hasSize(36);
        assertThat(evaluate("$parse('{\"a\": [1, true]}')")).isEqualTo(Map.of("a", List.of(1, true)));
    }

    @Test
    void failuresAreQueryEvaluationErrors() {
        for (String failing : List.of("$partition([1], 0)", "$range(1, 5, 0)", "$hash('x', 'SHA3')", "$parse('{oops')")) {
            assertThatThrownBy(() -> evaluate(failing)).as(failing)
                    .isInstanceOfSatisfying(JException.class, e -> assertThat(e.getError()).isEqualTo("States.QueryEvaluationError"));
        }
    }
}
