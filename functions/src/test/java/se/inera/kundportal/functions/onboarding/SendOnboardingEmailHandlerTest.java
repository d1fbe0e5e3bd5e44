package se.inera.kundportal.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.functions.mail.MailMessage;

class SendOnboardingEmailHandlerTest {
    private static final String ADMINISTRATOR = "anna.admin@vardbolaget.example.se";
    private final OnboardingWorld world = new OnboardingWorld();
    private final SendOnboardingEmailHandler handler = new SendOnboardingEmailHandler(world.applications,
            world.agreements, world.accounts, world.mails, world.onceOnly, OnboardingWorld.TITLE);
    private Agreement agreement;

    @BeforeEach
    void createCustomer() {
        world.approved();
        agreement = world.steps.createCustomer(OnboardingWorld.EVENT_APPLICATION, OnboardingWorld.TERMS,
                Duration.ofDays(14)).agreement();
        world.accounts.ensureAccount(OnboardingWorld.contacts().administrator());
    }

    @Test
    void mailsTheSignatoryTheSigningLinkOnce() {
        var first = OnboardingWorld.invoke(handler, "send-onboarding-email/signatory.json");
        var retry = OnboardingWorld.invoke(handler, "send-onboarding-email/signatory.json");

        assertThat(first.path("sent").asBoolean()).isTrue();
        assertThat(retry.path("sent").asBoolean()).isFalse();
        MailMessage mail = world.mailer.to("sven@vardbolaget.example.se").get(0);
        assertThat(world.mailer.sent).hasSize(1);
        String link = "https://kundportal.example.se/signera/" + agreement.signingLink().orElseThrow().value();
        assertThat(mail.textBody()).contains(link).contains("Kundavtal 2").contains("version 2.4");
        assertThat(mail.htmlBody()).contains("href=\"" + link + "\"").contains("Vårdbolaget &lt;Exempel&gt; AB");
    }

    @Test
    void givesANewAdministratorATemporaryPasswordOnlyOnce() {
        OnboardingWorld.invoke(handler, "send-onboarding-email/administrator.json");
        OnboardingWorld.invoke(handler, "send-onboarding-email/administrator.json");

        assertThat(world.accounts.passwordsIssued).as("a retry does not reset the password").isEqualTo(1);
        MailMessage mail = world.mailer.to(ADMINISTRATOR).get(0);
        assertThat(world.mailer.to(ADMINISTRATOR)).hasSize(1);
        assertThat(mail.textBody()).contains("Tillfälligt lösenord: Tillf-1-Xy9!kQ")
                .contains("https://kundportal.example.se/logga-in").contains("Användarnamn: " + ADMINISTRATOR);
    }

    @Test
    void tellsAnAdministratorWithAnAccountToSignInAsUsualWithoutAPassword() {
        world.accounts.passwordChosen.put(ADMINISTRATOR, true);

        OnboardingWorld.invoke(handler, "send-onboarding-email/administrator.json");

        MailMessage mail = world.mailer.to(ADMINISTRATOR).get(0);
        assertThat(mail.textBody()).contains("Du har redan ett konto").doesNotContain("lösenord:");
        assertThat(world.accounts.passwordsIssued).isZero();
    }

    @Test
    void tellsTheAgreementContactTheyAreTheContact() {
        OnboardingWorld.invoke(handler, "send-onboarding-email/agreement-contact.json");

        MailMessage mail = world.mailer.to("karl.kontakt@vardbolaget.example.se").get(0);
        assertThat(mail.subject()).contains("kontaktperson för kundavtalet");
        assertThat(mail.textBody()).contains("Sven Signatär").doesNotContain("/signera/");
    }

    @Test
    void refusesARecipientRoleThatGetsNoOnboardingMail() {
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "send-onboarding-email/unknown-recipient.json"))
                .isInstanceOf(InvalidTaskInput.class);
        assertThat(world.mailer.sent).isEmpty();
    }
}
