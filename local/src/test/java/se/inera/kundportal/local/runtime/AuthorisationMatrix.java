package se.inera.kundportal.local.runtime;

import java.util.List;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;

import se.inera.kundportal.local.runtime.Portal.Answer;

/**
 * Routes × callers through the gateway: every route is called by every caller, in the order given (a route may
 * rely on what an earlier one did), and all the unexpected answers are reported together.
 */
final class AuthorisationMatrix {
    private AuthorisationMatrix() {
    }

    /** One kind of caller: how reports name it, and the texts no answer to it may contain (others' data). */
    interface Caller {
        String describe();

        List<String> mustNotSee();
    }

    /**
     * A route: the request a caller makes, the status that caller must get, and whether its answers are checked
     * against {@link Caller#mustNotSee()} (not for an answer that is about the caller rather than an organisation).
     */
    record Route<C extends Caller>(String name, Function<C, Answer> call, Function<C, Integer> expected,
                                   boolean checksData) {
        Route(String name, Function<C, Answer> call, Function<C, Integer> expected) {
            this(name, call, expected, true);
        }
    }

    /** Fails listing every answer of an unexpected status and every answer that showed a caller others' data. */
    static <C extends Caller> void assertEveryAnswer(List<Route<C>> routes, List<C> callers) {
        SoftAssertions softly = new SoftAssertions();
        for (Route<C> route : routes) {
            for (C caller : callers) {
                Answer answer = route.call().apply(caller);
                softly.assertThat(answer.status()).as("%s by %s: %s", route.name(), caller.describe(), answer.raw())
                        .isEqualTo(route.expected().apply(caller));
                softly.assertThat(answer.status()).as("%s by %s is no server error", route.name(), caller.describe())
                        .isLessThan(500);
                if (route.checksData() && !caller.mustNotSee().isEmpty()) {
                    softly.assertThat(answer.raw()).as("%s by %s shows nothing of %s", route.name(), caller.describe(),
                            caller.mustNotSee()).doesNotContain(caller.mustNotSee());
                }
            }
        }
        softly.assertAll();
    }
}
