package se.inera.kundportal.functions.wiring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.SignAgreement;
import se.inera.kundportal.core.agreement.SignAgreementService;
import se.inera.kundportal.core.agreement.SignWithBankIdService;
import se.inera.kundportal.core.application.ApplicationContacts;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.customer.LookUpCustomerService;
import se.inera.kundportal.core.customer.RegisterExistingCustomerService;
import se.inera.kundportal.core.onboarding.ApplicationService;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.person.Signatory;
import se.inera.kundportal.core.testing.InMemoryBankIdStarts;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.InMemorySigningSessions;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.user.ManageUsersService;
import se.inera.kundportal.functions.bankid.BankIdAdapter;
import se.inera.kundportal.functions.users.RecordingPersonAccess;
import se.inera.kundportal.functions.signing.AgreementDocument;

/**
 * The handlers' world in memory: core's in-memory ports, the real use cases over them, a scripted
 * BankID and a recording workflow. One per test, so tests share nothing.
 */
public final class InMemoryWorld {
    public static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    /** The fictional organisation and signatory of the events in {@code events/}. */
    public static final Organisationsnummer ORGANISATION = new Organisationsnummer("559900-1236");
    public static final Personnummer SIGNATORY = new Personnummer("198501019817");

    public final ManualClock clock = new ManualClock(NOW);
    public final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    public final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    public final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    public final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    public final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    public final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    public final RecordingWorkflow workflow = new RecordingWorkflow();
    public final ScriptedBankId bankId = new ScriptedBankId();
    public final InMemorySigningSessions signingSessions = new InMemorySigningSessions();

    public final ApplicationService applicationService = new ApplicationService(applications, organisations, audit,
            workflow, workflow, clock);
    public final SignAgreementService signAgreement = new SignAgreementService(agreements, organisations,
            applications, audit, clock);
    public final RegisterExistingCustomerService registerExistingCustomer = new RegisterExistingCustomerService(
            AgreementDocument.current().version(), organisations, agreements, users, audit, clock);
    public final RecordingPersonAccess personAccess = new RecordingPersonAccess();
    public final ManageUsersService manageUsers = new ManageUsersService(organisations, agreements, applications,
            users, personAccess, audit, clock);
    public final LookUpCustomerService lookUpCustomer = new LookUpCustomerService(organisations, agreements, users,
            orders);

    public SignWithBankIdService signWithBankId() {
        return signWithBankId(signAgreement);
    }

    /** Signing over {@code signAgreement} (e.g. one that fails), the rest of this world as it is. */
    public SignWithBankIdService signWithBankId(SignAgreement signAgreement) {
        return new SignWithBankIdService(signAgreement, agreements, organisations, applications, signingSessions,
                AgreementDocument.library(), new BankIdAdapter(bankId), workflow::agreementSigned,
                new InMemoryBankIdStarts(), clock);
    }

    public static OrganisationDetails organisationDetails(Organisationsnummer number) {
        return new OrganisationDetails(number, "Vårdbolaget Exempel AB",
                new PostalAddress("Storgatan 1", "118 27", "Stockholm"),
                new InvoicingDetails(new PostalAddress("Box 123", "101 23", "Stockholm"), "Kostnadsställe 4711",
                        Optional.empty(), Optional.empty()));
    }

    public static ApplicationContacts contacts() {
        return new ApplicationContacts(
                new Contact("Anna Administratör", new EmailAddress("anna.admin@vardbolaget.example.se"),
                        new MobileNumber("+46701234567")),
                new Signatory(new Contact("Anna Andersson", new EmailAddress("anna.andersson@vardbolaget.example.se"),
                        new MobileNumber("+46707654321")), SIGNATORY),
                new Contact("Karl Kontakt", new EmailAddress("karl.kontakt@vardbolaget.example.se"),
                        new MobileNumber("+46709876543")));
    }

    /** A stored, submitted application of {@link #ORGANISATION}, holding the organisation as submitting does. */
    public CustomerApplication submittedApplication(ApplicationId id) {
        applications.claimOrganisation(new OrganisationClaim(ORGANISATION, id, "submitted in the test world",
                clock.instant()));
        return applications.create(CustomerApplication.submitted(id, organisationDetails(ORGANISATION), contacts(),
                clock.instant()));
    }

    /**
     * What the workflow has done by the time the signatory opens the link: the application approved
     * and sent for signature, the organisation registered, the agreement waiting for a signature and
     * its link remembered.
     */
    public Agreement agreementAwaitingSignature(LinkId link, Instant expiresAt) {
        CustomerApplication submitted = submittedApplication(ApplicationId.newId());
        CustomerApplication approved = applications.transition(
                submitted.approve(se.inera.kundportal.core.common.Actor.operator("op", "Olle"), clock.instant()),
                ApplicationStatus.SUBMITTED);
        applications.transition(approved.sentForSignature(clock.instant()), ApplicationStatus.APPROVED);
        organisations.register(new Organisation(organisationDetails(ORGANISATION), AgreementStanding.AWAITING_SIGNATURE,
                clock.instant(), 0));
        AgreementDocument document = AgreementDocument.current();
        Agreement agreement = agreements.create(Agreement.sentForSignature(AgreementId.newId(), ORGANISATION,
                document.version(), document.hash(), SIGNATORY, link, clock.instant(), expiresAt));
        signingSessions.linkIssued(link, agreement.id(), expiresAt); // as Create Customer does
        return agreement;
    }

    public Agreement agreementAwaitingSignature(LinkId link) {
        return agreementAwaitingSignature(link, clock.instant().plus(14, ChronoUnit.DAYS));
    }
}
