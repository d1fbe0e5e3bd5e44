package se.inera.kundportal.functions.users;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.MemberRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

/**
 * The users-and-roles routes with the requests in {@code events/}: each handler answers with the status and body
 * api/openapi.yaml documents, from the one call into core's ManageUsers, over the in-memory world.
 */
class UsersHandlersTest {
    private static final Organisationsnummer REGION = new Organisationsnummer("559900-4560");
    private static final UserId OLOF = new UserId("3b9d6a4e-2f1c-4e8a-9b7d-5c6e7f8a9b0c");
    private final InMemoryWorld world = new InMemoryWorld();

    /** The events' organisation, its administrator Anna (who signs in) and its orderer Olof. */
    @BeforeEach
    void theEventsOrganisationWithItsAdministratorAndAnOrderer() {
        world.organisations.register(new Organisation(InMemoryWorld.organisationDetails(REGION),
                AgreementStanding.SIGNED, world.clock.instant(), 0));
        member(new UserId("anna"), "Anna Administratör", "anna.admin@region.example.se", Role.ADMINISTRATOR);
        member(OLOF, "Olof Beställare", "olof.bestallare@region.example.se", Role.ORDERER);
    }

    private void member(UserId id, String name, String email, Role role) {
        world.users.create(new User(id, name, new EmailAddress(email), Optional.of(new MobileNumber("+46701234567")),
                Optional.empty(), 0));
        world.users.changeRoles(REGION, id, MemberRoles.NONE, Set.of(role));
    }

    private static APIGatewayV2HTTPResponse call(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                                 String event) {
        return handler.handleRequest(ApiEvents.load(event + ".json"), null);
    }

    @Test
    void meNamesTheCallersOrganisationsRolesAndAbilitiesAndTheOperatorIsAnOperator() {
        JsonNode me = assertResponse(call(new MeHandler(world.manageUsers), "me/signed-in-customer-user"), 200);

        assertThat(me.path("userId").asText()).isEqualTo("anna");
        assertThat(me.path("email").asText()).isEqualTo("anna.admin@region.example.se");
        assertThat(me.path("operator").asBoolean()).isFalse();
        JsonNode organisation = me.path("organisations").get(0);
        assertThat(organisation.path("organisationsnummer").asText()).isEqualTo(REGION.value());
        assertThat(organisation.path("name").asText()).isEqualTo("Vårdbolaget Exempel AB");
        assertThat(organisation.path("roles")).extracting(JsonNode::asText).containsExactly("ADMINISTRATOR");
        assertThat(organisation.path("can").path("manageUsers").asBoolean()).isTrue();
        assertThat(organisation.path("can").path("editInvoicing").asBoolean()).isTrue();
        assertThat(organisation.path("can").path("viewRoles").asBoolean()).isTrue();
        assertThat(organisation.path("can").path("order").asBoolean()).isFalse();

        JsonNode operator = assertResponse(call(new MeHandler(world.manageUsers), "me/operator"), 200);
        assertThat(operator.path("operator").asBoolean()).isTrue();
        assertThat(operator.has("userId")).as("no user id for the operator (nulls are left out)").isFalse();
        assertThat(operator.path("organisations")).isEmpty();
    }

    @Test
    void theOrganisationPageShowsItsDetailsAndInvoicingAndABadNumberIsA400() {
        JsonNode customer = assertResponse(call(new GetOrganisationHandler(world.manageUsers), "get-organisation/member"),
                200);

        assertThat(customer.path("organisationsnummer").asText()).isEqualTo(REGION.value());
        assertThat(customer.path("legalForm").asText())
                .isEqualTo(REGION.legalFormGroup().swedishName());
        assertThat(customer.path("postalAddress").path("street").asText()).isEqualTo("Storgatan 1");
        assertThat(customer.path("postalAddress").path("postalCode").asText()).isEqualTo("118 27");
        assertThat(customer.path("postalAddress").path("city").asText()).isEqualTo("Stockholm");
        assertThat(customer.path("invoicing").path("reference").asText()).isEqualTo("Kostnadsställe 4711");
        assertThat(customer.path("invoicing").path("address").path("street").asText()).isEqualTo("Box 123");
        assertThat(customer.path("invoicing").path("useDefaultAddress").asBoolean()).isFalse();
        assertThat(customer.has("agreement")).as("no agreement yet").isFalse();
        assertThat(errorFields(call(new GetOrganisationHandler(world.manageUsers),
                "get-organisation/invalid-organisationsnummer"))).containsExactly("organisationsnummer");
    }

    @Test
    void theAdministratorsInvoicingChoiceIsStoredAndAMissingReferenceIsA400OnThatField() {
        JsonNode customer = assertResponse(call(new UpdateInvoicingHandler(world.manageUsers),
                "update-invoicing/default-address"), 200);

        assertThat(customer.path("invoicing").path("useDefaultAddress").asBoolean()).isTrue();
        assertThat(customer.path("invoicing").path("address").path("street").asText()).isEqualTo("Storgatan 1");
        assertThat(world.organisations.get(REGION).details().invoicing().address())
                .isEqualTo(world.organisations.get(REGION).details().address());
        assertThat(errorFields(call(new UpdateInvoicingHandler(world.manageUsers),
                "update-invoicing/missing-reference"))).containsExactly("reference");
    }

    @Test
    void readinessListsEveryCheckWithWhereToFixIt() {
        JsonNode readiness = assertResponse(call(new ReadinessHandler(world.manageUsers), "readiness/member"), 200);

        assertThat(readiness.path("ready").asBoolean()).isFalse(); // no attestant yet
        assertThat(readiness.path("checks")).isNotEmpty().allSatisfy(check -> {
            assertThat(check.path("check").asText()).isNotBlank();
            assertThat(check.path("message").asText()).isNotBlank();
        });
        assertThat(readiness.path("checks")).anySatisfy(check -> {
            assertThat(check.path("ok").asBoolean()).isFalse();
            assertThat(check.path("fixPath").asText()).startsWith("/organisation/" + REGION.value());
        });
        assertThat(errorFields(call(new ReadinessHandler(world.manageUsers), "readiness/invalid-organisationsnummer")))
                .containsExactly("organisationsnummer");
    }

    @Test
    void theRolesPageListsTheMembersWithoutAPersonnummer() {
        JsonNode roles = assertResponse(call(new ShowRolesHandler(world.manageUsers), "show-roles/administrator"), 200);

        assertThat(roles.path("organisationsnummer").asText()).isEqualTo(REGION.value());
        assertThat(roles.path("organisationName").asText()).isEqualTo("Vårdbolaget Exempel AB");
        assertThat(roles.path("members")).hasSize(2).anySatisfy(member -> {
            assertThat(member.path("userId").asText()).isEqualTo(OLOF.value());
            assertThat(member.path("name").asText()).isEqualTo("Olof Beställare");
            assertThat(member.path("email").asText()).isEqualTo("olof.bestallare@region.example.se");
            assertThat(member.path("mobile").asText()).isEqualTo("+46701234567");
            assertThat(member.path("hasPersonnummer").asBoolean()).isFalse();
            assertThat(member.path("roles")).extracting(JsonNode::asText).containsExactly("ORDERER");
            assertThat(member.path("login").asBoolean()).isTrue();
        });
        assertThat(roles.toString()).doesNotContain("personnummer\"");
        assertThat(errorFields(call(new ShowRolesHandler(world.manageUsers), "show-roles/invalid-organisationsnummer")))
                .containsExactly("organisationsnummer");
    }

    @Test
    void anAddedOrdererIsCreatedInvitedAndAnAttestantWithoutPersonnummerIsA400() {
        JsonNode added = assertResponse(call(new AddPersonHandler(world.manageUsers), "add-person/add-orderer"), 201);

        assertThat(added.path("email").asText()).isEqualTo("olof.bestallare@region.example.se");
        assertThat(added.path("roles")).extracting(JsonNode::asText).containsExactly("ORDERER");
        assertThat(errorFields(call(new AddPersonHandler(world.manageUsers), "add-person/attestant-without-personnummer")))
                .containsExactly("personnummer");
    }

    @Test
    void anEditedPersonHoldsTheNewRolesAndNoRoleAtAllIsA400() {
        JsonNode edited = assertResponse(call(new EditPersonHandler(world.manageUsers), "edit-person/change-roles"), 200);

        assertThat(edited.path("userId").asText()).isEqualTo(OLOF.value());
        assertThat(edited.path("roles")).extracting(JsonNode::asText).containsExactly("ORDERER", "AGREEMENT_CONTACT");
        assertThat(world.users.rolesOf(REGION).usersWith(Role.AGREEMENT_CONTACT)).extracting(User::id)
                .containsExactly(OLOF);
        assertThat(errorFields(call(new EditPersonHandler(world.manageUsers), "edit-person/no-roles")))
                .containsExactly("roles");
    }

    @Test
    void aRemovedPersonIsGoneWithA204AndABadNumberIsA400() {
        APIGatewayV2HTTPResponse removed = call(new RemovePersonHandler(world.manageUsers), "remove-person/remove-orderer");

        assertThat(removed.getStatusCode()).isEqualTo(204);
        assertThat(world.users.rolesOf(REGION).usersWith(Role.ORDERER)).isEmpty();
        assertThat(errorFields(call(new RemovePersonHandler(world.manageUsers),
                "remove-person/invalid-organisationsnummer"))).containsExactly("organisationsnummer");
    }

    @Test
    void theOperatorAppointsAnAdministratorAndACustomerUserMayNot() {
        JsonNode appointed = assertResponse(call(new AppointAdministratorHandler(world.manageUsers),
                "appoint-administrator/new-administrator"), 201);

        assertThat(appointed.path("email").asText()).isEqualTo("nils.ny@region.example.se");
        assertThat(appointed.path("roles")).extracting(JsonNode::asText).containsExactly("ADMINISTRATOR");
        assertThat(world.users.rolesOf(REGION).usersWith(Role.ADMINISTRATOR)).extracting(u -> u.email().value())
                .contains("nils.ny@region.example.se");
        assertResponse(call(new AppointAdministratorHandler(world.manageUsers),
                "appoint-administrator/not-an-operator"), 403);
    }
}
