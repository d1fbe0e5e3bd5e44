package se.inera.kundportal.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.functions.mail.MailMessage;

/** The other task handlers on their events: a valid scenario does its step, an invalid one is refused by name. */
class OnboardingStepHandlersTest {
    private final OnboardingWorld world = new OnboardingWorld();

    private Agreement customerCreated() {
        world.approved();
        return world.steps.createCustomer(OnboardingWorld.EVENT_APPLICATION, OnboardingWorld.TERMS,
                Duration.ofDays(14)).agreement();
    }

    @Test
    void recordApplicationReturnsTheOrganisationAndAuditsTheStart() {
        world.submitted();
        var handler = new RecordApplicationHandler(world.steps);

        var output = OnboardingWorld.invoke(handler, "record-application/submitted-application.json");

        assertThat(output.path("organisationsnummer").asText()).isEqualTo("559900-1236");
        assertThat(output.path("status").asText()).isEqualTo("SUBMITTED");
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "record-application/missing-execution-id.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }

    @Test
    void recordApplicationOfAnUnknownApplicationIsANamedFailure() {
        assertThatThrownBy(() -> OnboardingWorld.invoke(new RecordApplicationHandler(world.steps),
                "record-application/submitted-application.json")).isInstanceOf(ApplicationNotReady.class);
    }

    @Test
    void remindsOncePerIntervalAndReportsThePassedDeadline() {
        customerCreated();
        var handler = new SignatureReminderHandler(world.steps, world.applications, world.agreements, world.mails,
                world.onceOnly, OnboardingWorld.TITLE);

        world.clock.set(OnboardingWorld.NOW.plus(Duration.ofDays(3)));
        var first = OnboardingWorld.invoke(handler, "signature-reminder/reminder-interval-passed.json");
        var retried = OnboardingWorld.invoke(handler, "signature-reminder/reminder-interval-passed.json");
        world.clock.set(OnboardingWorld.NOW.plus(Duration.ofDays(14)));
        var atDeadline = OnboardingWorld.invoke(handler, "signature-reminder/reminder-interval-passed.json");

        assertThat(first.path("reminderSent").asBoolean()).isTrue();
        assertThat(first.path("nextWaitSeconds").asLong()).as("until the second reminder")
                .isEqualTo(Duration.ofDays(3).toSeconds());
        assertThat(retried.path("reminderSent").asBoolean()).isFalse();
        assertThat(atDeadline.path("deadlinePassed").asBoolean()).isTrue();
        assertThat(world.mailer.to("sven@vardbolaget.example.se")).singleElement()
                .extracting(MailMessage::subject).asString().startsWith("Påminnelse");
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "signature-reminder/negative-interval.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }

    @Test
    void expiresTheAgreementAtTheDeadline() {
        customerCreated();
        world.clock.set(OnboardingWorld.NOW.plus(Duration.ofDays(15)));
        var handler = new ExpireAgreementHandler(world.steps);

        var output = OnboardingWorld.invoke(handler, "expire-agreement/deadline-passed.json");

        assertThat(output.path("status").asText()).isEqualTo(AgreementStatus.EXPIRED.name());
        assertThat(world.applications.get(OnboardingWorld.EVENT_APPLICATION).status())
                .isEqualTo(ApplicationStatus.SIGNATURE_EXPIRED);
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "expire-agreement/not-json-object.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }

    @Test
    void refusesToActivateAnUnsignedAgreement() {
        customerCreated();
        var handler = new ActivateAgreementHandler(world.steps);

        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "activate-agreement/signed-agreement.json"))
                .isInstanceOf(AgreementNotSigned.class);
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "activate-agreement/missing-agreement-id.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }

    @Test
    void welcomesTheAdministratorOnce() {
        customerCreated();
        var handler = new WelcomeAdministratorHandler(world.applications, world.mails, world.onceOnly,
                OnboardingWorld.TITLE);

        OnboardingWorld.invoke(handler, "welcome-administrator/signed-agreement.json");
        OnboardingWorld.invoke(handler, "welcome-administrator/signed-agreement.json");

        assertThat(world.mailer.to("anna.admin@vardbolaget.example.se")).singleElement()
                .extracting(MailMessage::textBody).asString().contains("minst en Beställare och minst en Attestant");
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "welcome-administrator/missing-application-id.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }

    @Test
    void tellsTheApplicantWhyTheApplicationWasRejected() {
        world.rejected("Organisationen är inte vårdgivare & saknar avtal.");
        var handler = new NotifyApplicantHandler(world.applications, world.mails, world.onceOnly);

        OnboardingWorld.invoke(handler, "notify-applicant/rejected-application.json");

        MailMessage mail = world.mailer.to("anna.admin@vardbolaget.example.se").get(0);
        assertThat(mail.textBody()).contains("Skäl: Organisationen är inte vårdgivare & saknar avtal.");
        assertThat(mail.htmlBody()).contains("Organisationen är inte vårdgivare &amp; saknar avtal.");
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "notify-applicant/unsafe-application-id.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }

    @Test
    void doesNotTellAnApplicantOfARejectionThatDidNotHappen() {
        world.approved();

        assertThatThrownBy(() -> OnboardingWorld.invoke(new NotifyApplicantHandler(world.applications, world.mails,
                world.onceOnly), "notify-applicant/rejected-application.json")).isInstanceOf(ApplicationNotReady.class);
        assertThat(world.mailer.sent).isEmpty();
    }
}
