package se.inera.kundportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.message.UserMessages;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.user.PersonForm.PersonInput;

class ManageUsersServiceTest {
    private static final String PERSONNUMMER = "198501019817";
    private static final SignedIn OPERATOR = new SignedIn("sub-op", Optional.empty(), "Kim", true);

    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final List<String> access = new ArrayList<>();
    private final ManageUsersService service = new ManageUsersService(organisations, new InMemoryPorts.Agreements(),
            new InMemoryPorts.Applications(), users, new PersonAccess() {
                @Override
                public void invite(User person, Organisation organisation, Set<Role> roles, String change) {
                    if (refuseNextMail) {
                        refuseNextMail = false;
                        throw new IllegalStateException("the mail service refused the mail");
                    }
                    access.add("invite " + person.email().value() + " " + change);
                }

                @Override
                public void informAttestant(User person, Organisation organisation, String change) {
                    access.add("attestant " + person.email().value());
                }

                @Override
                public void removeLogin(User person) {
                    access.add("remove " + person.email().value());
                }
            }, audit, CLOCK);

    private boolean refuseNextMail;
    private User admin;
    private SignedIn administrator;

    @BeforeEach
    void anOrganisationWithItsAdministrator() {
        organisations.register(Fixtures.organisation(AgreementStanding.SIGNED));
        admin = users.create(Fixtures.user("admin-1", "Anna Admin"));
        users.changeRoles(REGION_STOCKHOLM, admin.id(), MemberRoles.NONE, Set.of(Role.ADMINISTRATOR));
        administrator = new SignedIn("sub-anna", Optional.of(admin.email().value()), "Anna", false);
    }

    private static PersonInput person(String email, String personnummer, String... roles) {
        return new PersonInput("Person " + email, email, "0701234567", personnummer, List.of(roles));
    }

    private static SignedIn signedIn(String email) {
        return new SignedIn("sub-" + email, Optional.of(email), email, false);
    }

    @Test
    void anOrdererIsInvitedAnAttestantOnlyIsToldWhatTheRoleMeansAndEveryChangeIsAudited() {
        service.addPerson(administrator, REGION_STOCKHOLM, person("olof@region.se", null, "ORDERER"));
        assertThat(service.readiness(administrator, REGION_STOCKHOLM).ready()).isFalse();
        service.addPerson(administrator, REGION_STOCKHOLM, person("astrid@region.se", PERSONNUMMER, "ATTESTANT"));

        assertThat(access).containsExactly("invite olof@region.se 232100-0016-v1", "attestant astrid@region.se");
        assertThat(audit.actions()).containsExactly("USER_CREATED", "ROLES_CHANGED", "USER_CREATED", "ROLES_CHANGED");
        assertThat(service.readiness(administrator, REGION_STOCKHOLM).ready()).isTrue();
        assertThat(service.attestantsOf(REGION_STOCKHOLM)).extracting(u -> u.email().value())
                .containsExactly("astrid@region.se");
    }

    @Test
    void theSameAdditionSentAgainAfterItsMailWasRefusedOffersTheMailOnceMoreAndChangesNothingElse() {
        refuseNextMail = true;
        assertThatThrownBy(() -> service.addPerson(administrator, REGION_STOCKHOLM,
                person("olof@region.se", null, "ORDERER"))).isInstanceOf(IllegalStateException.class);

        service.addPerson(administrator, REGION_STOCKHOLM, person("olof@region.se", null, "ORDERER"));

        assertThat(access).containsExactly("invite olof@region.se 232100-0016-v1");
        assertThat(audit.actions()).containsExactly("USER_CREATED", "ROLES_CHANGED");
    }

    @Test
    void theSameInvoicingSentTwiceIsOneChangeAndOneAuditRecord() {
        InvoicingForm.Input form = new InvoicingForm.Input("Kostnadsställe 4711", null, null, null, true);

        CustomerInformation first = service.updateInvoicing(administrator, REGION_STOCKHOLM, form);
        CustomerInformation again = service.updateInvoicing(administrator, REGION_STOCKHOLM, form);

        assertThat(again.organisation().version()).isEqualTo(first.organisation().version());
        assertThat(again.organisation().details().invoicing().reference()).isEqualTo("Kostnadsställe 4711");
        assertThat(audit.actions()).containsExactly("INVOICING_CHANGED");
        service.updateInvoicing(administrator, REGION_STOCKHOLM,
                new InvoicingForm.Input("Kostnadsställe 4712", null, null, null, true));
        assertThat(audit.actions()).containsExactly("INVOICING_CHANGED", "INVOICING_CHANGED");
    }

    @Test
    void anAttestantNeedsAPersonnummerAndEveryBadFieldIsNamed() {
        assertThatThrownBy(() -> service.addPerson(administrator, REGION_STOCKHOLM,
                new PersonInput("", "inte-en-adress", "12", null, List.of("ATTESTANT", "CHEF"))))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.fieldErrors())
                        .extracting(e -> e.field()).contains("name", "email", "mobile", "roles", "personnummer"));
        assertThat(users.rolesOf(REGION_STOCKHOLM).members()).hasSize(1);
    }

    @Test
    void editingAnAttestantWithoutTypingThePersonnummerAgainKeepsTheRegisteredOne() {
        OrganisationMember astrid = service.addPerson(administrator, REGION_STOCKHOLM,
                person("astrid@region.se", PERSONNUMMER, "ATTESTANT"));

        OrganisationMember edited = service.editPerson(administrator, REGION_STOCKHOLM, astrid.user().id().value(),
                new PersonInput("Astrid Attestant", null, "0701234568", "", List.of("ATTESTANT", "ORDERER")));

        assertThat(edited.user().name()).isEqualTo("Astrid Attestant");
        assertThat(edited.user().personnummer()).isEqualTo(astrid.user().personnummer()).isPresent();
        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.ATTESTANT, Role.ORDERER);
    }

    @Test
    void theLastAdministratorCannotBeRemovedOrDemoted() {
        String self = admin.id().value();

        assertThatThrownBy(() -> service.removePerson(administrator, REGION_STOCKHOLM, self))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.editPerson(administrator, REGION_STOCKHOLM, self,
                new PersonInput("Anna", null, null, null, List.of("ORDERER"))))
                .isInstanceOf(ConflictException.class);
        assertThat(users.rolesOf(REGION_STOCKHOLM).usersWith(Role.ADMINISTRATOR)).extracting(User::id)
                .containsExactly(admin.id());
    }

    @Test
    void aRemovedPersonWhoBelongsNowhereLosesTheirLoginAndTheirAccessAtTheNextRequest() {
        OrganisationMember orderer = service.addPerson(administrator, REGION_STOCKHOLM,
                person("olof@region.se", null, "ORDERER"));
        SignedIn olof = signedIn("olof@region.se");
        assertThat(service.me(olof).organisations()).hasSize(1);

        service.removePerson(administrator, REGION_STOCKHOLM, orderer.user().id().value());

        assertThat(access).contains("remove olof@region.se");
        assertThat(users.findById(orderer.user().id())).isEmpty();
        assertThatThrownBy(() -> service.customerInformation(olof, REGION_STOCKHOLM))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.actions()).contains("MEMBER_REMOVED", "USER_DELETED");
    }

    @Test
    void anOrdererMayNotManageUsersAndAStrangerIsToldTheOrganisationDoesNotExist() {
        service.addPerson(administrator, REGION_STOCKHOLM, person("olof@region.se", null, "ORDERER"));
        SignedIn olof = signedIn("olof@region.se");

        assertThatThrownBy(() -> service.showRoles(olof, REGION_STOCKHOLM)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.addPerson(olof, REGION_STOCKHOLM, person("y@region.se", null, "ORDERER")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.readiness(signedIn("x@annan.se"), REGION_STOCKHOLM))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.requireRole(olof, REGION_STOCKHOLM, Role.ORDERER).id())
                .isEqualTo(users.findByEmail(new EmailAddress("olof@region.se")).orElseThrow().id().value());
        assertThatThrownBy(() -> service.requireRole(administrator, REGION_STOCKHOLM, Role.ORDERER))
                .isInstanceOf(NotAllowedException.class);
        assertThat(service.showRoles(OPERATOR, REGION_STOCKHOLM).members()).hasSize(2);
        assertThatThrownBy(() -> service.addPerson(OPERATOR, REGION_STOCKHOLM, person("y@region.se", null, "ORDERER")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void customerServiceReplacesAnAdministratorWithoutTheOrganisationEverHavingNone() {
        OrganisationMember appointed = service.appointAdministrator(OPERATOR, REGION_STOCKHOLM,
                new PersonInput("Nils Ny", "nils@region.se", null, null, null), Optional.of(admin.id().value()));

        assertThat(users.rolesOf(REGION_STOCKHOLM).usersWith(Role.ADMINISTRATOR)).extracting(User::id)
                .containsExactly(appointed.user().id());
        assertThatThrownBy(() -> service.appointAdministrator(signedIn("nils@region.se"), REGION_STOCKHOLM,
                new PersonInput("X", "x@region.se", null, null, null), Optional.empty()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anAddedPersonHoldsTheGrantedRolesInTheOrganisationAndTheAnswerSaysSo() {
        OrganisationMember added = service.addPerson(administrator, REGION_STOCKHOLM,
                person("olof@region.se", PERSONNUMMER, "ORDERER", "ATTESTANT"));

        assertThat(added.roles()).containsExactlyInAnyOrder(Role.ORDERER, Role.ATTESTANT);
        assertThat(users.membership(REGION_STOCKHOLM, added.user().id()).roles())
                .containsExactlyInAnyOrder(Role.ORDERER, Role.ATTESTANT);
        assertThat(audit.records()).filteredOn(r -> r.action().equals("ROLES_CHANGED")).singleElement()
                .satisfies(r -> assertThat(r.details()).containsEntry("before", "")
                        .containsEntry("after", "ORDERER,ATTESTANT"));
    }

    @Test
    void theOperatorIsSentToCustomerServicesOwnPageAndAnOrdererIsToldOnlyTheAdministratorMay() {
        service.addPerson(administrator, REGION_STOCKHOLM, person("olof@region.se", null, "ORDERER"));

        assertThatThrownBy(() -> service.addPerson(OPERATOR, REGION_STOCKHOLM, person("y@region.se", null, "ORDERER")))
                .hasMessage(UserMessages.OPERATOR_USES_OWN_PAGE);
        assertThatThrownBy(() -> service.addPerson(signedIn("olof@region.se"), REGION_STOCKHOLM,
                person("y@region.se", null, "ORDERER"))).hasMessage(UserMessages.ONLY_ADMINISTRATOR);
        assertThat(users.findByEmail(new EmailAddress("y@region.se"))).isEmpty();
    }

    @Test
    void theFirstSignInBindsTheLoginSoTheSamePersonIsFoundWithoutTheAddress() {
        service.addPerson(administrator, REGION_STOCKHOLM, person("olof@region.se", null, "ORDERER"));
        service.me(new SignedIn("sub-olof", Optional.of("olof@region.se"), "Olof", false));

        Me later = service.me(new SignedIn("sub-olof", Optional.empty(), "Olof", false));

        assertThat(later.user()).map(u -> u.email().value()).contains("olof@region.se");
        assertThat(later.organisations()).hasSize(1);
        assertThat(service.me(new SignedIn("sub-other", Optional.empty(), "Okänd", false)).organisations()).isEmpty();
    }

    @Test
    void anEditedNameIsStoredAndAuditedWithBeforeAndAfter() {
        OrganisationMember olof = service.addPerson(administrator, REGION_STOCKHOLM,
                person("olof@region.se", null, "ORDERER"));

        OrganisationMember edited = service.editPerson(administrator, REGION_STOCKHOLM, olof.user().id().value(),
                new PersonInput("Olof Ny", null, "0701234567", null, List.of("ORDERER")));

        assertThat(edited.user().name()).isEqualTo("Olof Ny");
        assertThat(users.findById(olof.user().id()).orElseThrow().name()).isEqualTo("Olof Ny");
        assertThat(audit.records()).filteredOn(r -> r.action().equals("USER_UPDATED")).singleElement()
                .satisfies(r -> {
                    assertThat(r.details().get("before")).startsWith("name=Person olof@region.se;");
                    assertThat(r.details().get("after")).startsWith("name=Olof Ny;");
                });
    }

    @Test
    void someoneWhoIsNotAMemberOfTheOrganisationCannotBeEditedOrRemovedThere() {
        User outsider = users.create(Fixtures.user("outsider", "Utan Roll"));

        assertThatThrownBy(() -> service.editPerson(administrator, REGION_STOCKHOLM, outsider.id().value(),
                new PersonInput("X", null, null, null, List.of("ORDERER")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.removePerson(administrator, REGION_STOCKHOLM, outsider.id().value()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.removePerson(administrator, REGION_STOCKHOLM, "inte ett id"))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.membership(REGION_STOCKHOLM, outsider.id()).roles()).isEmpty();
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void theOperatorsViewOfTheRolesIsForOperatorsOnly() {
        assertThat(service.showRoles(REGION_STOCKHOLM, se.inera.kundportal.core.common.Actor.operator("ks", "Kim"))
                .usersWith(Role.ADMINISTRATOR)).extracting(User::id).containsExactly(admin.id());
        assertThatThrownBy(() -> service.showRoles(REGION_STOCKHOLM, new se.inera.kundportal.core.common.Actor(
                se.inera.kundportal.core.common.Actor.Kind.CUSTOMER_USER, admin.id().value(), "Anna")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theAdministratorToReplaceMustBeAnAdministratorOfTheOrganisation() {
        OrganisationMember olof = service.addPerson(administrator, REGION_STOCKHOLM,
                person("olof@region.se", null, "ORDERER"));

        assertThatThrownBy(() -> service.appointAdministrator(OPERATOR, REGION_STOCKHOLM,
                new PersonInput("Nils Ny", "nils@region.se", null, null, null), Optional.of(olof.user().id().value())))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.fieldErrors())
                        .extracting(e -> e.field()).containsExactly("replaceUserId"));
        assertThat(users.findByEmail(new EmailAddress("nils@region.se"))).isEmpty();
    }

    @Test
    void reappointingTheAdministratorInTheirOwnPlaceKeepsTheirRole() {
        OrganisationMember appointed = service.appointAdministrator(OPERATOR, REGION_STOCKHOLM,
                new PersonInput("Anna Admin", admin.email().value(), null, null, null), Optional.of(admin.id().value()));

        assertThat(appointed.user().id()).isEqualTo(admin.id());
        assertThat(users.rolesOf(REGION_STOCKHOLM).usersWith(Role.ADMINISTRATOR)).extracting(User::id)
                .containsExactly(admin.id());
    }

    /** Fakturauppgifter: an own invoice address and reference are stored, the invoice e-mail kept, before and after audited. */
    @Test
    void theAdministratorsNewInvoicingDetailsAreStoredAndAuditedWithBeforeAndAfter() {
        CustomerInformation changed = service.updateInvoicing(administrator, REGION_STOCKHOLM,
                new InvoicingForm.Input("Kostnadsställe 42", "Fakturavägen 1", "11827", "Solna", false));

        var invoicing = organisations.get(REGION_STOCKHOLM).details().invoicing();
        assertThat(invoicing.reference()).isEqualTo("Kostnadsställe 42");
        assertThat(invoicing.address()).isEqualTo(new PostalAddress("Fakturavägen 1", "118 27", "Solna"));
        assertThat(changed.organisation().details().invoicing()).isEqualTo(invoicing);
        assertThat(changed.usesDefaultInvoicingAddress()).isFalse();
        assertThat(changed.agreement()).isEmpty();
        assertThat(audit.actions()).containsExactly("INVOICING_CHANGED");
        assertThat(audit.records().get(0).details())
                .containsEntry("before", "reference=Ansvar 1234; address=Box 6909, 102 39 Stockholm")
                .containsEntry("after", "reference=Kostnadsställe 42; address=Fakturavägen 1, 118 27 Solna");
    }

    /** Fakturauppgifter: "use the organisation's address" takes the postal address, whatever address is typed. */
    @Test
    void choosingTheDefaultAddressInvoicesTheOrganisationsPostalAddress() {
        service.updateInvoicing(administrator, REGION_STOCKHOLM,
                new InvoicingForm.Input("Ref", "Fakturavägen 1", "11827", "Solna", false));

        CustomerInformation changed = service.updateInvoicing(administrator, REGION_STOCKHOLM,
                new InvoicingForm.Input("Ref", "ignored", "x", "", true));

        assertThat(changed.usesDefaultInvoicingAddress()).isTrue();
        assertThat(organisations.get(REGION_STOCKHOLM).details().invoicing().address())
                .isEqualTo(organisations.get(REGION_STOCKHOLM).details().address());
        assertThat(service.customerInformation(administrator, REGION_STOCKHOLM).organisation())
                .isEqualTo(organisations.get(REGION_STOCKHOLM));
    }

    /** Fakturauppgifter: every bad field is named, and nothing is stored or audited; only the administrator may. */
    @Test
    void badInvoicingDetailsNameEachFieldAndOnlyTheAdministratorMayChangeThem() {
        var before = organisations.get(REGION_STOCKHOLM);

        assertThatThrownBy(() -> service.updateInvoicing(administrator, REGION_STOCKHOLM,
                new InvoicingForm.Input("", "", "12", "", null)))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.fieldErrors())
                        .extracting(e -> e.field()).containsExactlyInAnyOrder("reference", "useDefaultAddress",
                                "address.street", "address.postalCode", "address.city"));
        service.addPerson(administrator, REGION_STOCKHOLM, person("olof@region.se", null, "ORDERER"));
        assertThatThrownBy(() -> service.updateInvoicing(signedIn("olof@region.se"), REGION_STOCKHOLM,
                new InvoicingForm.Input("Ref", null, null, null, true)))
                .isInstanceOf(NotAllowedException.class).hasMessage(UserMessages.ONLY_ADMINISTRATOR);

        assertThat(organisations.get(REGION_STOCKHOLM)).isEqualTo(before);
        assertThat(audit.actions()).doesNotContain("INVOICING_CHANGED");
    }
}
