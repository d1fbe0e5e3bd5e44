package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationId;

class InMemoryWorkflowCallbacksTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final InMemoryWorkflowCallbacks callbacks =
            new InMemoryWorkflowCallbacks(Clock.fixed(NOW, ZoneOffset.UTC));
    private final CallbackKey decision = CallbackKey.decisionOn(new ApplicationId("app-1"));

    @Test
    void aNewerTokenReplacesTheOlderOne() {
        callbacks.park(decision, "token-1", NOW.plusSeconds(60));
        callbacks.park(decision, "token-2", NOW.plusSeconds(120));

        assertThat(callbacks.find(decision)).get()
                .extracting(ParkedCallback::taskToken).isEqualTo("token-2");
    }

    @Test
    void clearingAnOldTokenLeavesTheNewerOneParked() {
        callbacks.park(decision, "token-1", NOW.plusSeconds(60));
        callbacks.park(decision, "token-2", NOW.plusSeconds(120));

        assertThat(callbacks.clear(decision, "token-1")).isFalse();
        assertThat(callbacks.find(decision)).isPresent();
        assertThat(callbacks.clear(decision, "token-2")).isTrue();
        assertThat(callbacks.find(decision)).isEmpty();
    }

    @Test
    void keysOfDifferentKindsDoNotMeet() {
        callbacks.park(decision, "token-1", NOW.plusSeconds(60));

        assertThat(callbacks.find(CallbackKey.signatureOf(new AgreementId("app-1")))).isEmpty();
    }

    @Test
    void aParkedCallbackNeverPrintsItsToken() {
        var parked = new ParkedCallback(decision, "secret-token", NOW, NOW.plusSeconds(1));

        assertThat(parked.toString()).doesNotContain("secret-token").contains("APPLICATION_DECISION:app-1");
        assertThat(parked.isExpiredAt(NOW.plusSeconds(1))).isTrue();
    }
}
