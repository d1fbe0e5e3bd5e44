package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.agreement.RegisteredExistingAgreement;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.InMemorySentMailMarkers;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.onboarding.OnboardingWorld;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

/** Registering an existing Kundavtal 2 customer, finding an organisation's administrators, looking a customer up. */
class CustomerHandlersTest {
    private static final Organisationsnummer REGION = new Organisationsnummer("559900-4560");
    private final InMemoryWorld world = new InMemoryWorld();
    private final OnboardingWorld.InMemoryAccounts accounts = new OnboardingWorld.InMemoryAccounts();
    private final OnboardingWorld.RecordingMailer mailer = new OnboardingWorld.RecordingMailer();
    private final RegisterExistingCustomerHandler register = new RegisterExistingCustomerHandler(
            world.registerExistingCustomer, world.organisations, world.users, new ExistingCustomerAccess(accounts,
                    new OnboardingMails(new PortalLinks("https://kundportal.example.se")),
                    new OnceOnlyMailer(mailer, new InMemorySentMailMarkers(world.clock))), world.clock);
    private final FindAdministratorsHandler administrators = new FindAdministratorsHandler(world.manageUsers);
    private final LookUpCustomerHandler lookUp = new LookUpCustomerHandler(world.lookUpCustomer);

    private APIGatewayV2HTTPResponse register(String scenario) {
        return register.handleRequest(ApiEvents.load("register-existing-customer/" + scenario + ".json"), null);
    }

    private APIGatewayV2HTTPResponse lookUp(String scenario) {
        return lookUp.handleRequest(ApiEvents.load("look-up-customer/" + scenario + ".json"), null);
    }

    private APIGatewayV2HTTPResponse administrators(String scenario) {
        return administrators.handleRequest(ApiEvents.load("find-administrators/" + scenario + ".json"), null);
    }

    @Test
    void registersAnExistingCustomerAsSignedWithItsAdministrator() {
        JsonNode body = assertResponse(register("existing-kundavtal-2-customer"), 201);

        assertThat(body.path("organisationsnummer").asText()).isEqualTo(REGION.value());
        assertThat(body.path("agreementStanding").asText()).isEqualTo("SIGNED");
        assertThat(world.organisations.get(REGION).agreementStanding()).isEqualTo(AgreementStanding.SIGNED);
        assertThat(world.agreements.findByOrganisation(REGION)).singleElement().satisfies(agreement -> {
            assertThat(agreement.isSigned()).isTrue();
            assertThat(agreement.evidence()).get().isInstanceOfSatisfying(RegisteredExistingAgreement.class,
                    evidence -> assertThat(evidence.reference()).isEqualTo("Dnr 2025/0042"));
        });
        assertThat(world.users.rolesOf(REGION).usersWith(Role.ADMINISTRATOR)).singleElement()
                .satisfies(user -> assertThat(user.email().value()).isEqualTo("rita.admin@region.example.se"));
    }

    @Test
    void givesTheAdministratorAnAccountAndOneMailWithATemporaryPassword() {
        assertResponse(register("existing-kundavtal-2-customer"), 201);

        assertThat(accounts.passwordChosen).containsOnlyKeys("rita.admin@region.example.se");
        assertThat(mailer.sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("rita.admin@region.example.se");
            assertThat(mail.textBody()).contains("Region Exempel (559900-4560) har redan Kundavtal 2")
                    .contains("Tillfälligt lösenord: Tillf-1-");
        });
    }

    @Test
    void registeringTheSameOrganisationTwiceIsAConflictAndMailsOnce() {
        assertResponse(register("existing-kundavtal-2-customer"), 201);

        assertResponse(register("existing-kundavtal-2-customer"), 409);
        assertThat(mailer.sent).hasSize(1);
        assertThat(accounts.passwordsIssued).isEqualTo(1);
    }

    @Test
    void listsEveryInvalidFieldOfARegistration() {
        assertThat(errorFields(register("invalid-fields"))).containsExactlyInAnyOrder(
                "organisation.organisationsnummer", "administrator.email", "agreement.signedOn",
                "agreement.reference");
        assertThat(world.organisations.findByNumber(REGION)).isEmpty();
    }

    @Test
    void onlyOperatorsRegisterCustomers() {
        assertResponse(register("not-an-operator"), 403);
        assertThat(world.organisations.findByNumber(REGION)).isEmpty();
        assertThat(accounts.passwordChosen).isEmpty();
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void findsTheAdministratorsOfARegisteredOrganisation() {
        assertResponse(register("existing-kundavtal-2-customer"), 201);

        JsonNode body = assertResponse(administrators("registered-organisation"), 200);

        assertThat(body.path("organisationsnummer").asText()).isEqualTo(REGION.value());
        assertThat(body.path("administrators").findValuesAsText("email"))
                .containsExactly("rita.admin@region.example.se");
        assertThat(body.path("administrators").get(0).path("mobile").asText()).isEqualTo("+46701112233");
    }

    @Test
    void explainsAnInvalidOrganisationsnummerAndAnOrganisationThatIsNotACustomer() {
        assertThat(errorFields(administrators("invalid-organisationsnummer"))).containsExactly("organisationsnummer");
        assertResponse(administrators("not-a-customer"), 404);
    }

    @Test
    void onlyOperatorsLookUpAdministrators() {
        assertResponse(register("existing-kundavtal-2-customer"), 201);

        assertResponse(administrators("not-an-operator"), 403);
    }

    @Test
    void looksUpACustomersStandingAgreementAndMembersWithTheirRoles() {
        assertResponse(register("existing-kundavtal-2-customer"), 201);

        JsonNode body = assertResponse(lookUp("registered-organisation"), 200);

        assertThat(body.path("organisationsnummer").asText()).isEqualTo(REGION.value());
        assertThat(body.path("agreementStanding").asText()).isEqualTo("SIGNED");
        assertThat(body.path("agreement").path("kind").asText()).isEqualTo("KUNDAVTAL_2");
        assertThat(body.path("agreement").path("status").asText()).isEqualTo("SIGNED");
        assertThat(body.path("members")).singleElement().satisfies(member -> {
            assertThat(member.path("email").asText()).isEqualTo("rita.admin@region.example.se");
            assertThat(member.path("roles").get(0).asText()).isEqualTo("ADMINISTRATOR");
        });
        assertThat(body.path("orders").isArray()).isTrue();
        assertThat(body.path("orders")).isEmpty();
        assertThat(body.path("moreOrders").asBoolean(true)).isFalse();
    }

    @Test
    void aLookUpExplainsAnInvalidOrganisationsnummerAndAnOrganisationThatIsNotACustomer() {
        assertThat(errorFields(lookUp("invalid-organisationsnummer"))).containsExactly("organisationsnummer");
        assertResponse(lookUp("registered-organisation"), 404);
    }

    @Test
    void onlyOperatorsLookCustomersUp() {
        assertResponse(register("existing-kundavtal-2-customer"), 201);

        assertResponse(lookUp("not-an-operator"), 403);
    }
}
