package se.inera.kundportal.local.asl.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.local.asl.intrinsics.IntrinsicTesting.evaluate;
import static se.inera.kundportal.local.asl.intrinsics.IntrinsicTesting.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EncodingHashMathFunctionsTest {

    @Test
    void base64RoundTripsUtf8() {
        assertThat(evaluate("States.Base64Encode('Data to encode')")).isEqualTo(json("\"RGF0YSB0byBlbmNvZGU=\""));
        assertThat(evaluate("States.Base64Decode('w6XDpMO2')")).isEqualTo(json("\"åäö\""));
    }

    @Test
    void base64RejectsOversizedOrInvalidInput() {
        String tooLong = "a".repeat(IntrinsicFunctions.MAX_BASE64_ENCODE_INPUT + 1);
        assertThatThrownBy(() -> evaluate("States.Base64Encode($.s)", "{\"s\": \"" + tooLong + "\"}")).isInstanceOf(IntrinsicException.class);
        assertThatThrownBy(() -> evaluate("States.Base64Decode('not base64!')")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void hashSupportsAwsAlgorithmNames() {
        assertThat(evaluate("States.Hash('input data', 'SHA-1')").textValue()).isEqualTo("aaff4a450a104cd177d28d18d74485e8cae074b7");
        assertThat(evaluate("States.Hash('input data', 'SHA-384')").textValue()).hasSize(96);
        assertThat(evaluate("States.Hash('input data', 'SHA-512')").textValue()).hasSize(128);
        assertThatThrownBy(() -> evaluate("States.Hash('input data', 'SHA256')")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void mathAddRoundsEachOperandHalfUpAndReturnsAnInteger() {
        assertThat(evaluate("States.MathAdd(-1.49, -1.5)")).isEqualTo(json("-2"));
        assertThat(evaluate("States.MathAdd(2.5, 0)")).isEqualTo(json("3"));
        assertThat(evaluate("States.MathAdd(-0.5, 0.5)")).isEqualTo(json("1"));
        assertThat(evaluate("States.MathAdd(2, 3)").isInt()).isTrue();
        assertThatThrownBy(() -> evaluate("States.MathAdd('1', 2)")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void mathRandomStaysInRangeAndIsRepeatableWithASeed() {
        for (int i = 0; i < 50; i++) {
            JsonNode value = evaluate("States.MathRandom(-5, 5)");
            assertThat(value.isIntegralNumber()).isTrue();
            assertThat(value.intValue()).isBetween(-5, 4);
        }
        assertThat(evaluate("States.MathRandom(0, 1000000, 7)")).isEqualTo(evaluate("States.MathRandom(0, 1000000, 7)"));
        assertThatThrownBy(() -> evaluate("States.MathRandom(5, 5)")).isInstanceOf(IntrinsicException.class);
    }

    @Test
    void uuidIsARandomVersion4Uuid() {
        String uuid = evaluate("States.UUID()").textValue();
        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(evaluate("States.UUID()").textValue()).isNotEqualTo(uuid);
    }
}
