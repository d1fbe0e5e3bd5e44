package se.inera.kundportal.functions.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.functions.mail.SentMailMarkers.MarkerState;
import se.inera.kundportal.functions.mail.SentMailMarkers.UnconfirmedMail;

/** At most once, never silently lost: the mailer's rules with a provider that answers as told. */
class OnceOnlyMailerTest {
    private static final MailMessage MAIL = new MailMessage("anna@example.se", "Ämne", "<p>Hej</p>", "Hej");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final InMemorySentMailMarkers markers = new InMemorySentMailMarkers(clock);
    private final List<MailMessage> sent = new ArrayList<>();
    /** What the provider does with the next send; null: accepts it. */
    private RuntimeException providerFails;
    private final Mailer provider = message -> {
        if (providerFails != null) {
            throw providerFails;
        }
        sent.add(message);
        return "message-" + sent.size();
    };
    private final OnceOnlyMailer mailer = new OnceOnlyMailer(provider, markers);
    private final UncertainMails uncertain = new UncertainMails(markers, mailer, clock);

    @Test
    void sendsOncePerSubjectAndKey() {
        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isTrue();
        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isFalse();
        assertThat(mailer.sendOnce("app-1", "ADMINISTRATOR", () -> MAIL)).isTrue();

        assertThat(sent).hasSize(2);
        assertThat(markers.find("app-1", "SIGNATORY")).contains(MarkerState.SENT);
        assertThat(markers.unconfirmed()).isEmpty();
    }

    @Test
    void aDefiniteRejectionReleasesTheClaimSoTheRetrySends() {
        providerFails = new MailNotSent("MessageRejected", new RuntimeException("400"));
        assertThatThrownBy(() -> mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isInstanceOf(MailNotSent.class);
        assertThat(markers.find("app-1", "SIGNATORY")).isEmpty();

        providerFails = null;
        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isTrue();
        assertThat(sent).hasSize(1);
    }

    @Test
    void anUncertainSendIsNeverSentAgainByItselfButListedForTheOperator() {
        providerFails = new MailUncertain("read timed out", new RuntimeException("timeout"));

        assertThat(mailer.sendOnce("app-1", "ADMINISTRATOR", () -> MAIL)).isFalse();
        providerFails = null;
        assertThat(mailer.sendOnce("app-1", "ADMINISTRATOR", () -> {
            throw new AssertionError("a retry must not issue a second temporary password");
        })).isFalse();

        assertThat(sent).isEmpty();
        assertThat(uncertain.needingAttention()).singleElement().satisfies(mail -> {
            assertThat(mail.state()).isEqualTo(MarkerState.UNCERTAIN);
            assertThat(mail.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("timed out"));
            assertThat(mail.message()).contains(MAIL);
        });
    }

    @Test
    void anOperatorsResendSendsTheKeptCopyOnceEvenOnADoubleClick() {
        providerFails = new MailUncertain("read timed out", new RuntimeException("timeout"));
        mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL);
        providerFails = null;

        assertThat(uncertain.resend("app-1", "SIGNATORY")).isEqualTo(UncertainMails.ResendOutcome.SENT);
        assertThatThrownBy(() -> uncertain.resend("app-1", "SIGNATORY")).isInstanceOf(NotFoundException.class);

        assertThat(sent).containsExactly(MAIL);
        assertThat(markers.find("app-1", "SIGNATORY")).contains(MarkerState.SENT);
        assertThat(uncertain.needingAttention()).isEmpty();
    }

    @Test
    void ofTwoResendsOfTheSameListedMailOnlyOneTakesIt() {
        providerFails = new MailUncertain("read timed out", new RuntimeException("timeout"));
        mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL);
        UnconfirmedMail seenByBoth = uncertain.needingAttention().get(0);

        assertThat(markers.claimResend(seenByBoth, clock.instant())).isTrue();
        assertThat(markers.claimResend(seenByBoth, clock.instant())).isFalse();
    }

    @Test
    void aClaimWhoseSenderDiedIsListedOnceStaleAndNotSentAgainByItself() {
        markers.claim("app-1", "SIGNATORY");
        markers.attach("app-1", "SIGNATORY", MAIL);

        assertThat(mailer.sendOnce("app-1", "SIGNATORY", () -> MAIL)).isFalse();
        assertThat(uncertain.needingAttention()).as("still in flight").isEmpty();
        clock.advance(UncertainMails.STALE_AFTER.plus(Duration.ofSeconds(1)));

        assertThat(uncertain.needingAttention()).extracting(UnconfirmedMail::mailKey).containsExactly("SIGNATORY");
        assertThat(uncertain.resend("app-1", "SIGNATORY")).isEqualTo(UncertainMails.ResendOutcome.SENT);
        assertThat(sent).containsExactly(MAIL);
    }

    @Test
    void aMailThatWasNeverBuiltCannotBeResent() {
        markers.claim("app-1", "ADMINISTRATOR");
        clock.advance(UncertainMails.STALE_AFTER.plus(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> uncertain.resend("app-1", "ADMINISTRATOR")).isInstanceOf(ConflictException.class);
        assertThat(sent).isEmpty();
    }
}
