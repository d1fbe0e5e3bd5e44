package se.inera.kundportal.local.asl.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.local.asl.intrinsics.IntrinsicTesting.json;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntrinsicParserTest {

    @Test
    void parsesLiteralsOfEveryKind() {
        IntrinsicCall.Call call = IntrinsicParser.parse("States.Array('a', 1, -2.5, true, false, null)");

        assertThat(call.name()).isEqualTo("Array");
        assertThat(call.arguments()).extracting(argument -> ((IntrinsicCall.Literal) argument).value())
                .containsExactly(json("\"a\""), json("1"), json("-2.5"), json("true"), json("false"), json("null"));
    }

    @Test
    void unescapesAwsEscapesInStringLiterals() {
        IntrinsicCall.Call call = IntrinsicParser.parse("States.Array('it\\'s \\{x\\} a\\\\b')");

        IntrinsicCall.Literal literal = (IntrinsicCall.Literal) call.arguments().get(0);
        assertThat(literal.value().textValue()).isEqualTo("it's {x} a\\b");
        assertThat(literal.raw()).isEqualTo("it\\'s \\{x\\} a\\\\b");
    }

    @Test
    void handsPathsToTheResolverVerbatim() {
        List<String> resolved = new ArrayList<>();
        IntrinsicFunctions.evaluate("States.Array($, $.a.b, $['x,y'], $.list[0], $$.Execution.Id, $var, $var.field)", path -> {
            resolved.add(path);
            return json("0");
        });

        assertThat(resolved).containsExactly("$", "$.a.b", "$['x,y']", "$.list[0]", "$$.Execution.Id", "$var", "$var.field");
    }

    @Test
    void parsesNestedCalls() {
        IntrinsicCall.Call call = IntrinsicParser.parse("States.MathAdd(States.ArrayLength(States.Array(1, 2)), -1)");

        IntrinsicCall.Call length = (IntrinsicCall.Call) call.arguments().get(0);
        assertThat(length.name()).isEqualTo("ArrayLength");
        assertThat(((IntrinsicCall.Call) length.arguments().get(0)).arguments()).hasSize(2);
        assertThat(IntrinsicTesting.evaluate("States.MathAdd(States.ArrayLength(States.Array(1, 2)), -1)")).isEqualTo(json("1"));
    }

    @Test
    void rejectsMalformedExpressions() {
        for (String malformed : List.of("States.Array(1", "States.Array('open)", "States.Array(1) extra", "States.Array(1,)",
                "States.Array(bogus)", "States.(1)")) {
            assertThatThrownBy(() -> IntrinsicParser.parse(malformed)).as(malformed)
                    .isInstanceOfSatisfying(IntrinsicException.class, e -> assertThat(e.error()).isEqualTo("States.Runtime"));
        }
    }

    @Test
    void recognisesOnlyKnownFunctionsAsIntrinsics() {
        assertThat(IntrinsicFunctions.isIntrinsic("States.Format('x')")).isTrue();
        assertThat(IntrinsicFunctions.isIntrinsic(" States.UUID()")).isTrue();
        assertThat(IntrinsicFunctions.isIntrinsic("States.NoSuchFunction()")).isFalse();
        assertThat(IntrinsicFunctions.isIntrinsic("$.States.Format")).isFalse();
        assertThat(IntrinsicFunctions.isIntrinsic(null)).isFalse();
    }
}
