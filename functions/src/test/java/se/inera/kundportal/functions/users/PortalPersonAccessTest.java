package se.inera.kundportal.functions.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.message.UserMessages;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.functions.http.ServiceUnavailableException;
import se.inera.kundportal.functions.mail.InMemorySentMailMarkers;
import se.inera.kundportal.functions.mail.MailNotSent;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.UserMails;
import se.inera.kundportal.functions.onboarding.OnboardingWorld;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

/**
 * Core's PersonAccess in the portal: an invited person gets an account and one mail per membership change (with a
 * temporary password only when the account is new), an Attestant-only person one mail about the role, a removed
 * person loses the account, and a refused mail is a 503 that the same request can retry.
 */
class PortalPersonAccessTest {
    private final InMemoryWorld world = new InMemoryWorld();
    private final OnboardingWorld.InMemoryAccounts accounts = new OnboardingWorld.InMemoryAccounts();
    private final OnboardingWorld.RecordingMailer mailer = new OnboardingWorld.RecordingMailer();
    private final PortalPersonAccess access = new PortalPersonAccess(accounts,
            new UserMails(new PortalLinks("https://kundportal.example.se")),
            new OnceOnlyMailer(mailer, new InMemorySentMailMarkers(world.clock)));
    private final Organisation organisation = new Organisation(InMemoryWorld.organisationDetails(InMemoryWorld.ORGANISATION),
            AgreementStanding.SIGNED, InMemoryWorld.NOW, 0);
    private final User olof = new User(new UserId("olof"), "Olof Beställare", new EmailAddress("Olof@Region.example.se"),
            Optional.of(new MobileNumber("+46701234567")), Optional.empty(), 0);

    @Test
    void aNewAccountIsInvitedOnceWithItsRolesUsernameAndATemporaryPassword() {
        access.invite(olof, organisation, Set.of(Role.ORDERER, Role.ADMINISTRATOR), "559900-1236-v1");
        access.invite(olof, organisation, Set.of(Role.ORDERER, Role.ADMINISTRATOR), "559900-1236-v1");

        assertThat(accounts.passwordChosen).containsOnlyKeys("olof@region.example.se");
        assertThat(mailer.sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("Olof@Region.example.se");
            assertThat(mail.textBody()).contains("Olof Beställare", "Vårdbolaget Exempel AB", "559900-1236",
                    "Administratör, Beställare", "olof@region.example.se", "Tillf-1-Xy9!kQ",
                    "https://kundportal.example.se");
        });
    }

    @Test
    void someoneWhoAlreadySignsInIsInvitedWithoutAPasswordAndANewChangeMailsAgain() {
        accounts.passwordChosen.put("olof@region.example.se", true);

        access.invite(olof, organisation, Set.of(Role.ORDERER), "559900-1236-v1");
        access.invite(olof, organisation, Set.of(Role.ORDERER), "559900-1236-v2");

        assertThat(accounts.passwordsIssued).isZero();
        assertThat(mailer.sent).hasSize(2).allSatisfy(mail -> assertThat(mail.textBody())
                .contains("Beställare").doesNotContain("Tillf-"));
    }

    @Test
    void anAttestantOnlyIsToldOnceWhatTheRoleMeansAndGetsNoAccount() {
        access.informAttestant(olof, organisation, "559900-1236-v1");
        access.informAttestant(olof, organisation, "559900-1236-v1");

        assertThat(accounts.passwordChosen).isEmpty();
        assertThat(mailer.sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("Olof@Region.example.se");
            assertThat(mail.textBody()).contains("Olof Beställare", "Vårdbolaget Exempel AB");
        });
    }

    @Test
    void aRemovedPersonLosesTheAccount() {
        access.invite(olof, organisation, Set.of(Role.ORDERER), "559900-1236-v1");

        access.removeLogin(olof);

        assertThat(accounts.passwordChosen).isEmpty();
    }

    @Test
    void aMailTheServiceRefusedIsA503AndTheSameChangeMailsOnRetry() {
        OnceOnlyMailer refusingOnce = new OnceOnlyMailer(new se.inera.kundportal.functions.mail.Mailer() {
            private boolean refused;

            @Override
            public String send(se.inera.kundportal.functions.mail.MailMessage message) {
                if (!refused) {
                    refused = true;
                    throw new MailNotSent("refused", new IllegalStateException("SES said no"));
                }
                return mailer.send(message);
            }
        }, new InMemorySentMailMarkers(world.clock));
        PortalPersonAccess flaky = new PortalPersonAccess(accounts,
                new UserMails(new PortalLinks("https://kundportal.example.se")), refusingOnce);

        assertThatThrownBy(() -> flaky.informAttestant(olof, organisation, "559900-1236-v1"))
                .isInstanceOf(ServiceUnavailableException.class).hasMessage(UserMessages.MAIL_NOT_SENT);
        flaky.informAttestant(olof, organisation, "559900-1236-v1");

        assertThat(mailer.sent).hasSize(1);
    }
}
