package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.functions.cognito.TemporaryPasswordReissue;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.mail.InMemorySentMailMarkers;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.MailUncertain;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.UncertainMails;
import se.inera.kundportal.functions.onboarding.OnboardingWorld;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

/** The operators' mail routes with the events in {@code events/}: uncertain mails, resend, a new temporary password. */
class OperatorMailHandlersTest {
    private static final String EVENT_SUBJECT = "3f1c2b7e-9d4a-4c61-8a52-0e6b5d7f2a91";
    private static final Organisationsnummer REGION = new Organisationsnummer("559900-4560");
    private static final MailMessage MAIL = new MailMessage("sven@example.se", "Signera Kundavtal 2", "<p>x</p>", "x");

    private final InMemoryWorld world = new InMemoryWorld();
    private final OnboardingWorld.RecordingMailer provider = new OnboardingWorld.RecordingMailer();
    private final InMemorySentMailMarkers markers = new InMemorySentMailMarkers(world.clock);
    private final OnceOnlyMailer mailer = new OnceOnlyMailer(provider, markers);
    private final UncertainMails uncertainMails = new UncertainMails(markers, mailer, world.clock);
    private final OnboardingWorld.InMemoryAccounts accounts = new OnboardingWorld.InMemoryAccounts();
    private final OnboardingMails mails = new OnboardingMails(new PortalLinks("https://kundportal.example.se"));

    @Test
    void listsAnUncertainMailWithoutItsBody() {
        uncertainSend();

        var body = assertResponse(list("uncertain-mails"), 200);

        assertThat(body.path("items")).singleElement().satisfies(item -> {
            assertThat(item.path("subjectId").asText()).isEqualTo(EVENT_SUBJECT);
            assertThat(item.path("mailKey").asText()).isEqualTo("SIGNATORY");
            assertThat(item.path("state").asText()).isEqualTo("UNCERTAIN");
            assertThat(item.path("to").asText()).isEqualTo("sven@example.se");
            assertThat(item.path("resendable").asBoolean()).isTrue();
            assertThat(item.has("htmlBody")).isFalse();
        });
    }

    @Test
    void resendsAnUncertainMailOnce() {
        uncertainSend();

        assertThat(assertResponse(resend("resend-uncertain-signatory-mail"), 200).path("outcome").asText())
                .isEqualTo("SENT");
        assertResponse(resend("resend-uncertain-signatory-mail"), 404);

        assertThat(provider.sent).containsExactly(MAIL);
        assertThat(assertResponse(list("uncertain-mails"), 200).path("items")).isEmpty();
    }

    @Test
    void refusesAMailKeyOfTheWrongShape() {
        assertThat(errorFields(resend("invalid-mail-key"))).containsExactly("mailKey");
    }

    @Test
    void onlyOperatorsSeeOrResendMails() {
        assertResponse(list("not-an-operator"), 403);
        assertResponse(resend("not-an-operator"), 403);
        assertResponse(temporaryPassword("not-an-operator", "any-user"), 403);
    }

    @Test
    void mailsANewTemporaryPasswordOncePerRequest() {
        String administrator = registeredAdministrator();
        int issuedAtRegistration = accounts.passwordsIssued;

        assertThat(assertResponse(temporaryPassword("new-temporary-password", administrator), 200)
                .path("mailed").asBoolean()).isTrue();
        assertThat(assertResponse(temporaryPassword("new-temporary-password", administrator), 200)
                .path("mailed").asBoolean()).as("a double click").isFalse();

        assertThat(provider.sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("rita.admin@region.example.se");
            assertThat(mail.textBody()).contains("Tillfälligt lösenord: Tillf-" + (issuedAtRegistration + 1) + "-")
                    .contains("Region Exempel");
        });
        assertThat(accounts.passwordsIssued).isEqualTo(issuedAtRegistration + 1);
    }

    @Test
    void aNewTemporaryPasswordNeedsARequestIdAnAdministratorAndAnUnusedAccount() {
        String administrator = registeredAdministrator();
        assertThat(errorFields(temporaryPassword("missing-request-id", administrator))).containsExactly("requestId");
        assertResponse(temporaryPassword("new-temporary-password", "someone-else"), 404);

        accounts.passwordChosen.put("rita.admin@region.example.se", true);
        assertResponse(temporaryPassword("new-temporary-password", administrator), 409);
        assertThat(provider.sent).isEmpty();
    }

    private void uncertainSend() {
        OnceOnlyMailer timingOut = new OnceOnlyMailer(message -> {
            throw new MailUncertain("read timed out", new RuntimeException());
        }, markers);
        assertThat(timingOut.sendOnce(EVENT_SUBJECT, "SIGNATORY", () -> MAIL)).isFalse();
    }

    /** The administrator of the events' organisation, registered as an existing customer. */
    private String registeredAdministrator() {
        RegisterExistingCustomerHandler register = new RegisterExistingCustomerHandler(world.registerExistingCustomer,
                world.organisations, world.users, new ExistingCustomerAccess(accounts, mails,
                new OnceOnlyMailer(new OnboardingWorld.RecordingMailer(), new InMemorySentMailMarkers(world.clock))),
                world.clock);
        assertResponse(register.handleRequest(
                ApiEvents.load("register-existing-customer/existing-kundavtal-2-customer.json"), null), 201);
        accounts.passwordChosen.put("rita.admin@region.example.se", false);
        return world.users.rolesOf(REGION).usersWith(Role.ADMINISTRATOR).get(0).id().value();
    }

    private APIGatewayV2HTTPResponse list(String scenario) {
        return new ListUncertainMailsHandler(uncertainMails)
                .handleRequest(ApiEvents.load("list-uncertain-mails/" + scenario + ".json"), null);
    }

    private APIGatewayV2HTTPResponse resend(String scenario) {
        return new ResendMailHandler(uncertainMails)
                .handleRequest(ApiEvents.load("resend-mail/" + scenario + ".json"), null);
    }

    /** The event with the user id of this test's administrator (the events' one is made up). */
    private APIGatewayV2HTTPResponse temporaryPassword(String scenario, String userId) {
        APIGatewayV2HTTPEvent event = ApiEvents.load("issue-temporary-password/" + scenario + ".json");
        event.setPathParameters(Map.of("organisationsnummer", REGION.value(), "userId", userId));
        return new IssueTemporaryPasswordHandler(new TemporaryPasswordReissue(world.manageUsers, world.organisations,
                accounts, mails, mailer)).handleRequest(event, null);
    }
}
