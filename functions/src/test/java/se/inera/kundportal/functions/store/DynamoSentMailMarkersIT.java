package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.SentMailMarkers.MarkerState;
import se.inera.kundportal.functions.mail.SentMailMarkers.UnconfirmedMail;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoSentMailMarkersIT {
    private static DynamoSentMailMarkers markers;

    @BeforeAll
    static void create(StandInsEnvironment standIns) {
        markers = new DynamoSentMailMarkers(standIns.dynamoDb(), standIns.tableName(),
                Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    @Test
    void onlyTheFirstClaimOfAMailWins() {
        String subject = UUID.randomUUID().toString();

        assertThat(markers.claim(subject, "welcome-administrator")).isTrue();
        assertThat(markers.claim(subject, "welcome-administrator")).isFalse();
        assertThat(markers.claim(subject, "agreement-contact")).isTrue();
        assertThat(markers.find(subject, "welcome-administrator")).contains(MarkerState.CLAIMED);
    }

    @Test
    void aSentMailCannotBeReleasedOrClaimedAgain() {
        String subject = UUID.randomUUID().toString();
        markers.claim(subject, "sign-agreement");

        markers.markSent(subject, "sign-agreement", "ses-message-1");
        markers.release(subject, "sign-agreement");

        assertThat(markers.find(subject, "sign-agreement")).contains(MarkerState.SENT);
        assertThat(markers.claim(subject, "sign-agreement")).isFalse();
    }

    @Test
    void aReleasedClaimMayBeClaimedAgain() {
        String subject = UUID.randomUUID().toString();
        markers.claim(subject, "rejection");

        markers.release(subject, "rejection");

        assertThat(markers.find(subject, "rejection")).isEmpty();
        assertThat(markers.claim(subject, "rejection")).isTrue();
    }

    @Test
    void anUncertainMailKeepsItsCopyAndIsListedUntilAResendConfirmsIt() {
        String subject = UUID.randomUUID().toString();
        MailMessage mail = new MailMessage("sven@example.se", "Signera", "<p>länk</p>", "länk");
        markers.claim(subject, "SIGNATORY");
        markers.attach(subject, "SIGNATORY", mail);

        markers.markUncertain(subject, "SIGNATORY", "read timed out");

        UnconfirmedMail listed = markers.unconfirmed().stream().filter(m -> m.subjectId().equals(subject))
                .findFirst().orElseThrow();
        assertThat(listed.state()).isEqualTo(MarkerState.UNCERTAIN);
        assertThat(listed.reason()).contains("read timed out");
        assertThat(listed.message()).contains(mail);
        assertThat(markers.claim(subject, "SIGNATORY")).as("an uncertain mail is never claimed again").isFalse();
        markers.release(subject, "SIGNATORY");
        assertThat(markers.find(subject, "SIGNATORY")).as("nor released").contains(MarkerState.UNCERTAIN);

        assertThat(markers.claimResend(listed, TestData.NOW)).isTrue();
        assertThat(markers.claimResend(listed, TestData.NOW)).as("a double click").isFalse();
        markers.markSent(subject, "SIGNATORY", "ses-message-2");

        assertThat(markers.unconfirmed()).noneMatch(m -> m.subjectId().equals(subject));
        assertThat(markers.findUnconfirmed(subject, "SIGNATORY")).isEmpty();
    }
}
