package se.inera.kundportal.functions.operator;

import java.time.Instant;
import java.util.List;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.customer.LookUpCustomer.CustomerOverview;
import se.inera.kundportal.core.onboarding.DecideApplication;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.functions.users.UserViews.MemberView;

/** What the operator routes return, as JSON, built from the domain records. */
public final class OperatorViews {
    private OperatorViews() {
    }

    /** One row of the work list; {@code failureReason} only for a {@code FAILED} onboarding. */
    public record ApplicationRow(String applicationId, String status, String organisationName,
                                 String organisationsnummer, Instant submittedAt, String failureReason) {
        static ApplicationRow of(CustomerApplication application) {
            return new ApplicationRow(application.id().value(), application.status().name(),
                    application.organisation().name(), application.organisationsnummer().value(),
                    application.submittedAt(), application.failureReason().orElse(null));
        }
    }

    /** A page of the work list; {@code nextCursor} is absent on the last page. */
    public record ApplicationPage(List<ApplicationRow> items, String nextCursor) {
    }

    /** The whole application, for deciding on it. */
    public record ApplicationView(String applicationId, String status, Instant submittedAt, Instant updatedAt,
                                  OrganisationView organisation, ContactsView contacts, DecisionView decision,
                                  String failureReason) {
        static ApplicationView of(CustomerApplication application) {
            var contacts = application.contacts();
            var signatory = contacts.signatory();
            return new ApplicationView(application.id().value(), application.status().name(),
                    application.submittedAt(), application.updatedAt(),
                    OrganisationView.of(application.organisation()),
                    new ContactsView(ContactView.of(contacts.administrator()),
                            new SignatoryView(signatory.contact().name(), signatory.contact().email().value(),
                                    signatory.contact().mobile().value(), signatory.personnummer().masked()),
                            ContactView.of(contacts.agreementContact())),
                    application.decision().map(DecisionView::of).orElse(null),
                    application.failureReason().orElse(null));
        }
    }

    public record OrganisationView(String name, String organisationsnummer, AddressView address,
                                   InvoicingView invoicing) {
        static OrganisationView of(OrganisationDetails details) {
            return new OrganisationView(details.name(), details.number().value(), AddressView.of(details.address()),
                    InvoicingView.of(details.invoicing()));
        }
    }

    public record AddressView(String street, String postalCode, String city) {
        static AddressView of(PostalAddress address) {
            return new AddressView(address.street(), address.postalCode(), address.city());
        }
    }

    public record InvoicingView(AddressView address, String reference, String email, String electronicId) {
        static InvoicingView of(InvoicingDetails invoicing) {
            return new InvoicingView(AddressView.of(invoicing.address()), invoicing.reference(),
                    invoicing.invoiceEmail().map(EmailAddress::value).orElse(null),
                    invoicing.electronicId().orElse(null));
        }
    }

    public record ContactsView(ContactView administrator, SignatoryView signatory, ContactView agreementContact) {
    }

    public record ContactView(String name, String email, String mobile) {
        static ContactView of(Contact contact) {
            return new ContactView(contact.name(), contact.email().value(), contact.mobile().value());
        }
    }

    /** The signatory; the personnummer masked, as BankID checks it anyway. */
    public record SignatoryView(String name, String email, String mobile, String personnummer) {
    }

    public record DecisionView(boolean approved, String decidedBy, Instant decidedAt, String reason) {
        static DecisionView of(ApplicationDecision decision) {
            return new DecisionView(decision.approved(), decision.decidedBy().displayName(), decision.decidedAt(),
                    decision.rejectionReason().orElse(null));
        }
    }

    /**
     * The answer to a decision. {@code workflow} says whether the onboarding workflow was woken
     * ({@code RESUMED}), had not reached its wait yet and will see the decision itself
     * ({@code NOTHING_WAITING}), or could not be reached now ({@code NOT_RESUMED}; logged as an error, and
     * the wait picks the stored decision up by itself).
     */
    public record DecisionMade(String applicationId, String status, DecisionView decision, String workflow) {
        static final String NOT_RESUMED = "NOT_RESUMED";

        static DecisionMade of(DecideApplication.Decided decided) {
            CustomerApplication application = decided.application();
            return new DecisionMade(application.id().value(), application.status().name(),
                    DecisionView.of(application.decision().orElseThrow()),
                    decided.workflow().map(Enum::name).orElse(NOT_RESUMED));
        }
    }

    /** A registered customer. */
    public record CustomerView(String organisationsnummer, String name, String agreementStanding,
                               Instant registeredAt) {
        static CustomerView of(Organisation organisation) {
            return new CustomerView(organisation.number().value(), organisation.name(),
                    organisation.agreementStanding().name(), organisation.registeredAt());
        }
    }

    /** An organisation's administrators: whom Inera customer service refers the customer to. */
    public record Administrators(String organisationsnummer, List<Person> administrators) {
    }

    public record Person(String userId, String name, String email, String mobile) {
        static Person of(User user) {
            return new Person(user.id().value(), user.name(), user.email().value(),
                    user.mobile().map(MobileNumber::value).orElse(null));
        }
    }

    /**
     * Customer service's look-up of a customer: its standing, newest agreement, every member with their roles, and
     * its newest orders ({@code moreOrders} when there are more than shown).
     */
    public record CustomerLookup(String organisationsnummer, String name, String agreementStanding,
                                 Instant registeredAt, AgreementView agreement, List<MemberView> members,
                                 List<OrderRow> orders, boolean moreOrders) {
        static CustomerLookup of(CustomerOverview overview) {
            Organisation organisation = overview.organisation();
            return new CustomerLookup(organisation.number().value(), organisation.name(),
                    organisation.agreementStanding().name(), organisation.registeredAt(),
                    overview.agreement().map(AgreementView::of).orElse(null),
                    overview.roles().members().stream().map(MemberView::of).toList(),
                    overview.orders().items().stream().map(OrderRow::of).toList(),
                    overview.orders().nextCursor().isPresent());
        }
    }

    public record AgreementView(String kind, String status, Instant createdAt) {
        static AgreementView of(Agreement agreement) {
            return new AgreementView(agreement.kind().name(), agreement.status().name(), agreement.createdAt());
        }
    }

    /** One order in the look-up; amounts in öre. */
    public record OrderRow(String orderId, String status, String serviceId, String offeringId, Instant placedAt,
                           long startupTotalOre, long recurringTotalOre) {
        static OrderRow of(Order order) {
            return new OrderRow(order.id().value(), order.status().name(), order.service().value(),
                    order.offering().value(), order.placedAt(), order.startupTotal().ore(),
                    order.recurringTotal().ore());
        }
    }
}
