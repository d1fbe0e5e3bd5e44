package se.inera.kundportal.local.asl.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.local.asl.intrinsics.IntrinsicTesting.evaluate;
import static se.inera.kundportal.local.asl.intrinsics.IntrinsicTesting.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ArrayFunctionsTest {

    @Test
    void arrayCollectsItsArgumentsInOrder() {
        assertThat(evaluate("States.Array($.a, 'b', 3)", "{\"a\": {\"x\": 1}}")).isEqualTo(json("[{\"x\": 1}, \"b\", 3]"));
        assertThat(evaluate("States.Array()")).isEqualTo(json("[]"));
    }

    @Test
    void partitionSplitsIntoChunksWithAShorterLastOne() {
        assertThat(evaluate("States.ArrayPartition($.a, 2)", "{\"a\": [1, 2, 3, 4, 5]}")).isEqualTo(json("[[1, 2], [3, 4], [5]]"));
        assertThat(evaluate("States.ArrayPartition($.a, 2)", "{\"a\": []}")).isEqualTo(json("[]"));
    }

    @Test
    void partitionRejectsANonPositiveChunkSize() {
        assertThatThrownBy(() -> evaluate("States.ArrayPartition($.a, 0)", "{\"a\": [1]}"))
                .isInstanceOfSatisfying(IntrinsicException.class, e -> assertThat(e.error()).isEqualTo("States.Runtime"));
    }

    @Test
    void containsComparesJsonValues() {
        assertThat(evaluate("States.ArrayContains($.a, $.b)", "{\"a\": [{\"k\": [1]}], \"b\": {\"k\": [1]}}")).isEqualTo(json("true"));
        assertThat(evaluate("States.ArrayContains($.a, 3)", "{\"a\": [1, 2]}")).isEqualTo(json("false"));
    }

    @Test
    void rangeIncludesTheEndWhenTheStepReachesIt() {
        assertThat(evaluate("States.ArrayRange(1, 9, 2)")).isEqualTo(json("[1, 3, 5, 7, 9]"));
        assertThat(evaluate("States.ArrayRange(0, 10, 3)")).isEqualTo(json("[0, 3, 6, 9]"));
        assertThat(evaluate("States.ArrayRange(5, 1, -2)")).isEqualTo(json("[5, 3, 1]"));
        assertThat(evaluate("States.ArrayRange(1, 1000, 1)")).hasSize(1000);
    }

    @Test
    void rangeRejectsAZeroStepAndMoreThanAThousandElements() {
        assertThatThrownBy(() -> evaluate("States.ArrayRange(1, 9, 0)")).isInstanceOf(IntrinsicException.class);
        assertThatThrownBy(() -> evaluate("States.ArrayRange(0, 1000, 1)")).isInstanceOf(IntrinsicException.class);
        assertThatThrownBy(() -> evaluate("States.ArrayRange(0, 9, 1.5)")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void getItemReturnsTheElementOrFailsOutOfBounds() {
        assertThat(evaluate("States.ArrayGetItem($.a, 1)", "{\"a\": [\"x\", \"y\"]}")).isEqualTo(json("\"y\""));
        assertThatThrownBy(() -> evaluate("States.ArrayGetItem($.a, 2)", "{\"a\": [\"x\", \"y\"]}")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void lengthIsAnInteger() {
        JsonNode length = evaluate("States.ArrayLength($.a)", "{\"a\": [1, 2, 3]}");
        assertThat(length.isInt()).isTrue();
        assertThat(length.intValue()).isEqualTo(3);
        assertThatThrownBy(() -> evaluate("States.ArrayLength($.a)", "{\"a\": \"text\"}")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void uniqueKeepsFirstOccurrences() {
        assertThat(evaluate("States.ArrayUnique($.a)", "{\"a\": [1, 2, 1, [1], [1], null, null, \"1\"]}"))
                .isEqualTo(json("[1, 2, [1], null, \"1\"]"));
    }

    @Test
    void argumentCountsAreChecked() {
        assertThatThrownBy(() -> evaluate("States.ArrayLength()")).isInstanceOf(IntrinsicException.class);
        assertThatThrownBy(() -> evaluate("States.ArrayGetItem($.a)", "{\"a\": []}")).isInstanceOf(IntrinsicException.class);
    }
}
