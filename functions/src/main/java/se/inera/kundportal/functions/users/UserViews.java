package se.inera.kundportal.functions.users;

import java.util.Collection;
import java.util.List;

import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.CustomerInformation;
import se.inera.kundportal.core.user.Me;
import se.inera.kundportal.core.user.OrganisationMember;
import se.inera.kundportal.core.user.Readiness;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RolesOverview;

/** The JSON bodies of users and roles (api/openapi.yaml): what a page shows, never a personnummer itself. */
public final class UserViews {
    private UserViews() {
    }

    public record MeView(String userId, String name, String email, boolean operator,
                         List<OrganisationView> organisations) {
        static MeView of(Me me) {
            return new MeView(me.user().map(u -> u.id().value()).orElse(null), me.displayName(),
                    me.user().map(u -> u.email().value()).orElse(null), me.operator(),
                    me.organisations().stream().map(OrganisationView::of).toList());
        }
    }

    public record OrganisationView(String organisationsnummer, String name, List<String> roles, Can can) {
        static OrganisationView of(Me.OrganisationAccess access) {
            var can = access.can();
            return new OrganisationView(access.organisation().value(), access.name(), roleNames(access.roles()),
                    new Can(can.viewRoles(), can.manageUsers(), can.editInvoicing(), can.order()));
        }
    }

    public record Can(boolean viewRoles, boolean manageUsers, boolean editInvoicing, boolean order) {
    }

    public record MemberView(String userId, String name, String email, String mobile, boolean hasPersonnummer,
                             List<String> roles, boolean login) {
        public static MemberView of(OrganisationMember member) {
            var user = member.user();
            return new MemberView(user.id().value(), user.name(), user.email().value(),
                    user.mobile().map(MobileNumber::value).orElse(null), user.personnummer().isPresent(),
                    roleNames(member.roles()), member.roles().stream().anyMatch(Role::hasLogin));
        }
    }

    public record RolesView(String organisationsnummer, String organisationName, List<MemberView> members,
                            AgreementPeople agreement) {
        static RolesView of(RolesOverview overview) {
            return new RolesView(overview.organisation().value(), overview.organisationName(),
                    overview.members().stream().map(MemberView::of).toList(),
                    new AgreementPeople(overview.signatory().map(Named::of).orElse(null),
                            overview.agreementContact().map(Named::of).orElse(null),
                            overview.agreementStatus().map(Enum::name).orElse(null)));
        }
    }

    public record AgreementPeople(Named signatory, Named agreementContact, String status) {
    }

    public record Named(String name, String email) {
        static Named of(RolesOverview.Named named) {
            return new Named(named.name(), named.email());
        }
    }

    public record CustomerView(String organisationsnummer, String name, String legalForm, Address postalAddress,
                               Invoicing invoicing, AgreementSummary agreement) {
        static CustomerView of(CustomerInformation information) {
            var organisation = information.organisation();
            var details = organisation.details();
            return new CustomerView(organisation.number().value(), organisation.name(),
                    organisation.number().legalFormGroup().swedishName(),
                    Address.of(details.address()),
                    new Invoicing(details.invoicing().reference(), Address.of(details.invoicing().address()),
                            information.usesDefaultInvoicingAddress()),
                    information.agreement().map(agreement -> new AgreementSummary(agreement.status().name(),
                            agreement.evidence().map(e -> e.signedAt().toString()).orElse(null))).orElse(null));
        }
    }

    public record Address(String street, String postalCode, String city) {
        static Address of(PostalAddress address) {
            return new Address(address.street(), address.postalCode(), address.city());
        }
    }

    public record Invoicing(String reference, Address address, boolean useDefaultAddress) {
    }

    public record AgreementSummary(String status, String signedAt) {
    }

    public record ReadinessView(boolean ready, List<CheckView> checks) {
        static ReadinessView of(Readiness readiness) {
            return new ReadinessView(readiness.ready(), readiness.checks().stream()
                    .map(c -> new CheckView(c.check().name(), c.ok(), c.message(), c.fixPath())).toList());
        }
    }

    public record CheckView(String check, boolean ok, String message, String fixPath) {
    }

    private static List<String> roleNames(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }
}
