package se.inera.kundportal.functions.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class OnceOnlyMailerTest {
    private static final MailMessage MAIL = new MailMessage("anna@example.se", "Ämne", "<p>Hej</p>", "Hej");

    private final Markers markers = new Markers();
    private final List<MailMessage> sent = new ArrayList<>();
    private boolean providerDown;
    private final Mailer provider = message -> {
        if (providerDown) {
            throw new MailNotSent("SES did not answer", new RuntimeException("timeout"));
        }
        sent.add(message);
        return "message-" + sent.size();
    };
    private final OnceOnlyMailer mailer = new OnceOnlyMailer(provider, markers);

    @Test
    void sendsOncePerSubjectAndKey() {
        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isTrue();
        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isFalse();
        assertThat(mailer.sendOnce("app-1", "ADMINISTRATOR", () -> MAIL)).isTrue();

        assertThat(sent).hasSize(2);
        assertThat(markers.find("app-1", "SIGNATORY")).contains(SentMailMarkers.MarkerState.SENT);
    }

    @Test
    void aSendThatCertainlyFailedReleasesTheClaimSoTheRetrySends() {
        providerDown = true;
        assertThatThrownBy(() -> mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isInstanceOf(MailNotSent.class);
        assertThat(markers.find("app-1", "SIGNATORY")).isEmpty();

        providerDown = false;
        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isTrue();
        assertThat(sent).hasSize(1);
    }

    @Test
    void buildsTheMessageOnlyWhenItHoldsTheClaim() {
        mailer.sendOnce("app-1", "ADMINISTRATOR", () -> MAIL);

        mailer.sendOnce("app-1", "ADMINISTRATOR", () -> {
            throw new AssertionError("a second temporary password must not be issued");
        });

        assertThat(sent).hasSize(1);
    }

    @Test
    void aClaimLeftByASenderThatDiedMidSendIsNotSentAgain() {
        markers.claim("app-1", "SIGNATORY");

        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isFalse();
        assertThat(sent).isEmpty();
    }

    private static final class Markers implements SentMailMarkers {
        private final Map<String, MarkerState> states = new ConcurrentHashMap<>();

        @Override
        public boolean claim(String subjectId, String mailKey) {
            return states.putIfAbsent(subjectId + "/" + mailKey, MarkerState.CLAIMED) == null;
        }

        @Override
        public void markSent(String subjectId, String mailKey, String messageId) {
            states.put(subjectId + "/" + mailKey, MarkerState.SENT);
        }

        @Override
        public void release(String subjectId, String mailKey) {
            states.remove(subjectId + "/" + mailKey, MarkerState.CLAIMED);
        }

        @Override
        public Optional<MarkerState> find(String subjectId, String mailKey) {
            return Optional.ofNullable(states.get(subjectId + "/" + mailKey));
        }
    }
}
