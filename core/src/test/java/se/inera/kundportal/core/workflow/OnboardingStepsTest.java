package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.agreement.SignAgreement.SignCommand;
import se.inera.kundportal.core.agreement.SignAgreementService;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.workflow.OnboardingSteps.AgreementTerms;
import se.inera.kundportal.core.workflow.OnboardingSteps.CustomerCreated;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.workflow.OnboardingSteps.SignatureProgress;

class OnboardingStepsTest {
    private static final AgreementTerms TERMS = new AgreementTerms("2.4", "ab12");
    private static final Duration VALIDITY = Duration.ofDays(14);

    private final AtomicReference<Instant> now = new AtomicReference<>(Fixtures.NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    private final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final WriteOnlyTrail trail = new WriteOnlyTrail(audit);
    private final OnboardingSteps steps = new OnboardingSteps(applications, organisations, agreements, users, trail,
            new SecureRandom(), clock);

    /**
     * The steps' audit log: appends reach {@code audit}, reads fail (state lives in state, never in the
     * trail), and one append can be made to fail as if the step stopped right before its record.
     */
    private static final class WriteOnlyTrail implements AuditLog {
        private final AuditLog records;
        private String failingAction;

        WriteOnlyTrail(AuditLog records) {
            this.records = records;
        }

        void failNextAppendOf(String action) {
            failingAction = action;
        }

        @Override
        public void append(AuditRecord record) {
            if (record.action().equals(failingAction)) {
                failingAction = null;
                throw new IllegalStateException("stopped before recording " + record.action());
            }
            records.append(record);
        }

        @Override
        public Page<AuditRecord> findByOrganisation(Organisationsnummer organisation, PageRequest page) {
            throw new AssertionError("a workflow step read the audit trail");
        }

        @Override
        public Page<AuditRecord> findBySubject(AuditSubject subject, PageRequest page) {
            throw new AssertionError("a workflow step read the audit trail");
        }
    }

    private CustomerApplication approvedApplication() {
        CustomerApplication submitted = applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), Fixtures.NOW));
        return applications.transition(submitted.approve(Actor.operator("op", "Olle"), Fixtures.NOW),
                ApplicationStatus.SUBMITTED);
    }

    @Test
    void recordsTheStartOfAnExecutionOnceHoweverOftenTheStepRuns() {
        CustomerApplication submitted = applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), Fixtures.NOW));

        steps.recordStart(submitted.id(), "execution-1");
        now.set(Fixtures.NOW.plusSeconds(30));
        steps.recordStart(submitted.id(), "execution-1");

        assertThat(audit.findBySubject(AuditSubject.of(AuditSubject.Type.APPLICATION, submitted.id()),
                PageRequest.firstPage()).items()).extracting(AuditRecord::action)
                .containsExactly(OnboardingSteps.ONBOARDING_STARTED);
        assertThat(audit.records().get(0).at()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void recordsNoStartOnceTheApplicationWasDecided() {
        CustomerApplication application = approvedApplication();

        steps.recordStart(application.id(), "execution-1");

        assertThat(audit.actions()).isEmpty();
    }

    @Test
    void recordsAFailureOncePerExecution() {
        ApplicationId application = approvedApplication().id();

        steps.recordFailure(application, "States.Timeout", "execution-1");
        steps.recordFailure(application, "States.Timeout", "execution-1");
        steps.recordFailure(application, "States.Timeout", "execution-2");

        assertThat(audit.records()).extracting(record -> record.details().get("execution"))
                .containsExactly("execution-1", "execution-2");
        assertThat(audit.actions()).containsOnly(OnboardingSteps.ONBOARDING_FAILED);
    }

    @Test
    void createsTheCustomerAwaitingSignature() {
        CustomerApplication application = approvedApplication();

        CustomerCreated created = steps.createCustomer(application.id(), TERMS, VALIDITY);

        assertThat(created.agreement().id()).isEqualTo(OnboardingSteps.agreementIdFor(application.id()));
        assertThat(created.agreement().status()).isEqualTo(AgreementStatus.PENDING_SIGNATURE);
        assertThat(created.agreement().expiresAt()).isEqualTo(Fixtures.NOW.plus(VALIDITY));
        assertThat(created.agreement().signingLink()).isPresent();
        assertThat(created.organisation().agreementStanding()).isEqualTo(AgreementStanding.AWAITING_SIGNATURE);
        assertThat(created.application().status()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURE);
        assertThat(users.rolesOf(Fixtures.REGION_STOCKHOLM).members())
                .flatExtracting(member -> member.roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR,
                        Role.AGREEMENT_CONTACT);
        assertThat(audit.actions()).containsExactly("AGREEMENT_CREATED", "ORGANISATION_REGISTERED", "USER_CREATED",
                "USER_CREATED", "ROLE_ASSIGNED", "ROLE_ASSIGNED", "CUSTOMER_CREATED");
        assertThat(audit.records()).extracting(AuditRecord::actor).containsOnly(Actor.SYSTEM);
        assertThat(audit.records().get(6).details()).containsEntry("from", "APPROVED")
                .containsEntry("to", "AWAITING_SIGNATURE");
    }

    @Test
    void aStepThatStoppedBeforeItsRecordWritesItOnceWhenRetried() {
        CustomerApplication application = approvedApplication();
        trail.failNextAppendOf("CUSTOMER_CREATED");
        assertThatThrownBy(() -> steps.createCustomer(application.id(), TERMS, VALIDITY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(applications.get(application.id()).status()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURE);
        now.set(Fixtures.NOW.plusSeconds(30));

        steps.createCustomer(application.id(), TERMS, VALIDITY);
        steps.createCustomer(application.id(), TERMS, VALIDITY);

        assertThat(audit.actions()).containsOnlyOnce("CUSTOMER_CREATED");
    }

    @Test
    void aRepeatedCreateCustomerFindsWhatTheFirstMadeAndCreatesNothingNew() {
        CustomerApplication application = approvedApplication();
        CustomerCreated first = steps.createCustomer(application.id(), TERMS, VALIDITY);
        now.set(Fixtures.NOW.plusSeconds(30));

        var recordsOfTheFirst = audit.records();

        CustomerCreated again = steps.createCustomer(application.id(), TERMS, VALIDITY);

        assertThat(again.agreement()).isEqualTo(first.agreement());
        assertThat(again.organisation()).isEqualTo(first.organisation());
        assertThat(again.administrator()).isEqualTo(first.administrator());
        assertThat(agreements.findByOrganisation(Fixtures.REGION_STOCKHOLM)).hasSize(1);
        assertThat(users.rolesOf(Fixtures.REGION_STOCKHOLM).members()).hasSize(2);
        assertThat(audit.records()).isEqualTo(recordsOfTheFirst);
    }

    @Test
    void refusesAnOrganisationThatBecameACustomerAnotherWayMeanwhile() {
        CustomerApplication application = approvedApplication();
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED,
                Fixtures.NOW.minusSeconds(3600), 0));

        assertThatThrownBy(() -> steps.createCustomer(application.id(), TERMS, VALIDITY))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void refusesAnApplicationThatIsNotApproved() {
        CustomerApplication submitted = applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), Fixtures.NOW));

        assertThatThrownBy(() -> steps.createCustomer(submitted.id(), TERMS, VALIDITY))
                .isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void tellsWhetherToRemindWaitOrExpire() {
        CustomerCreated created = steps.createCustomer(approvedApplication().id(), TERMS, VALIDITY);
        assertThat(steps.signatureProgress(created.agreement().id())).isEqualTo(SignatureProgress.AWAITING_SIGNATURE);

        now.set(created.agreement().expiresAt());

        assertThat(steps.signatureProgress(created.agreement().id())).isEqualTo(SignatureProgress.DEADLINE_PASSED);
    }

    @Test
    void theSignatureClockParksUntilTheNextReminderOrTheDeadlineWhicheverComesFirst() {
        CustomerCreated created = steps.createCustomer(approvedApplication().id(), TERMS, VALIDITY);
        Instant start = created.agreement().createdAt();
        Duration interval = VALIDITY.dividedBy(3).plusHours(1);

        now.set(start.plus(interval));
        OnboardingSteps.SignatureClock first = steps.signatureClock(created.agreement().id(), interval);
        assertThat(first).isEqualTo(new OnboardingSteps.SignatureClock(SignatureProgress.AWAITING_SIGNATURE, 1,
                interval));

        now.set(start.plus(interval.multipliedBy(2)));
        OnboardingSteps.SignatureClock second = steps.signatureClock(created.agreement().id(), interval);
        assertThat(second.reminderNumber()).isEqualTo(2);
        assertThat(second.nextWait()).as("the deadline comes before the third reminder")
                .isEqualTo(Duration.between(now.get(), created.agreement().expiresAt()));

        now.set(created.agreement().expiresAt());
        assertThat(steps.signatureClock(created.agreement().id(), interval).progress())
                .isEqualTo(SignatureProgress.DEADLINE_PASSED);
    }

    @Test
    void aDecisionThatNeverCameIsExplainedToTheOperatorsInSwedish() {
        CustomerApplication submitted = applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), Fixtures.NOW));

        steps.fail(submitted.id(), OnboardingSteps.DECISION_TIMEOUT,
                "Inera made no decision on the application within DecisionTimeoutSeconds.", "execution-1");

        assertThat(applications.get(submitted.id()).failureReason())
                .contains(Messages.DECISION_NOT_MADE_IN_TIME);
    }

    @Test
    void expiresAnUnsignedAgreementOnceEvenWhenRepeated() {
        CustomerCreated created = steps.createCustomer(approvedApplication().id(), TERMS, VALIDITY);
        now.set(created.agreement().expiresAt().plusSeconds(1));

        Agreement expired = steps.expire(created.application().id(), created.agreement().id());
        Agreement again = steps.expire(created.application().id(), created.agreement().id());

        assertThat(expired.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(again).isEqualTo(expired);
        assertThat(applications.get(created.application().id()).status())
                .isEqualTo(ApplicationStatus.SIGNATURE_EXPIRED);
        assertThat(organisations.get(Fixtures.REGION_STOCKHOLM).agreementStanding())
                .isEqualTo(AgreementStanding.SIGNATURE_EXPIRED);
        assertThat(audit.actions()).containsSubsequence("AGREEMENT_EXPIRED", "ORGANISATION_STANDING_CHANGED",
                "SIGNING_LINK_EXPIRED").containsOnlyOnce("AGREEMENT_EXPIRED", "ORGANISATION_STANDING_CHANGED",
                "SIGNING_LINK_EXPIRED");
    }

    @Test
    void activatesASignedAgreementAndRefusesAnUnsignedOne() {
        CustomerCreated created = steps.createCustomer(approvedApplication().id(), TERMS, VALIDITY);
        assertThatThrownBy(() -> steps.activate(created.application().id(), created.agreement().id()))
                .isInstanceOf(UnexpectedStatusException.class);

        new SignAgreementService(agreements, organisations, applications, audit, clock).sign(new SignCommand(
                created.agreement().signingLink().orElseThrow(), new BankIdSignature(Fixtures.SIGNATORY_PNR,
                        "Sven Signatär", Fixtures.NOW, "order-1", "c2ln", "b2NzcA==", TERMS.documentHash())));
        Organisation active = steps.activate(created.application().id(), created.agreement().id());

        assertThat(active.canOrder()).isTrue();
        assertThat(steps.activate(created.application().id(), created.agreement().id())).isEqualTo(active);
        assertThat(applications.get(created.application().id()).status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(steps.signatureProgress(created.agreement().id())).isEqualTo(SignatureProgress.SIGNED);
        assertThat(active.number()).isEqualTo(Fixtures.REGION_STOCKHOLM);
        // signing completed it, so activating changed nothing and recorded nothing
        assertThat(audit.records()).filteredOn(record -> record.action().equals("CUSTOMER_ACTIVATED"))
                .singleElement().extracting(record -> record.actor().kind()).isEqualTo(Actor.Kind.SIGNATORY);
        assertThat(audit.actions()).containsOnlyOnce("ORGANISATION_STANDING_CHANGED");
    }

    @Test
    void aFailedOnboardingEndsVisiblyAndFreesTheOrganisationForANewOnboarding() {
        CustomerApplication application = approvedApplication();
        applications.claimOrganisation(new OrganisationClaim(application.organisationsnummer(), application.id(),
                "form", Fixtures.NOW));
        CustomerCreated created = steps.createCustomer(application.id(), TERMS, VALIDITY);

        CustomerApplication failed = steps.fail(application.id(), "States.Timeout", "Inget svar från e-posttjänsten",
                "execution-1").orElseThrow();
        steps.fail(application.id(), "States.Timeout", "Inget svar från e-posttjänsten", "execution-1");

        assertThat(failed.status()).isEqualTo(ApplicationStatus.FAILED);
        assertThat(applications.get(application.id()).failureReason()).contains("Inget svar från e-posttjänsten");
        assertThat(agreements.get(created.agreement().id()).status()).isEqualTo(AgreementStatus.FAILED);
        assertThat(agreements.findBySigningLink(created.agreement().signingLink().orElseThrow())).isEmpty();
        assertThat(organisations.get(application.organisationsnummer()).agreementStanding())
                .isEqualTo(AgreementStanding.ONBOARDING_FAILED);
        assertThat(applications.claimOf(application.organisationsnummer())).isEmpty();

        now.set(Fixtures.NOW.plus(Duration.ofDays(1)));
        CustomerApplication next = applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), now.get()));
        applications.transition(next.approve(Actor.operator("op", "Olle"), now.get()), ApplicationStatus.SUBMITTED);
        CustomerCreated again = steps.createCustomer(next.id(), TERMS, VALIDITY);
        assertThat(again.organisation().agreementStanding()).isEqualTo(AgreementStanding.AWAITING_SIGNATURE);
        assertThat(again.agreement().status()).isEqualTo(AgreementStatus.PENDING_SIGNATURE);
    }

    @Test
    void aFailureAfterTheApplicationEndedLeavesItAsItWas() {
        CustomerApplication submitted = applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), Fixtures.NOW));
        CustomerApplication rejected = applications.transition(submitted.reject(Actor.operator("op", "Olle"),
                Fixtures.NOW, "Nej"), ApplicationStatus.SUBMITTED);

        assertThat(steps.fail(rejected.id(), "Lambda.Unknown", "Utskicket misslyckades", "execution-2")
                .orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(steps.fail(ApplicationId.newId(), "Lambda.Unknown", "Okänd", "execution-3")).isEmpty();
    }

    @Test
    void aFailedOnboardingRecordsEachThingItEndedOnceInTheTrail() {
        CustomerApplication application = approvedApplication();
        CustomerCreated created = steps.createCustomer(application.id(), TERMS, VALIDITY);
        int before = audit.records().size();

        CustomerApplication failed = steps.fail(application.id(), "States.Timeout", "Inget svar", "execution-1")
                .orElseThrow();
        steps.fail(application.id(), "States.Timeout", "Inget svar", "execution-1");

        assertThat(failed).isEqualTo(applications.get(application.id()));
        assertThat(audit.actions().subList(before, audit.actions().size())).containsExactly(
                OnboardingSteps.ONBOARDING_FAILED, "AGREEMENT_FAILED", "ORGANISATION_STANDING_CHANGED",
                "APPLICATION_FAILED");
        assertThat(audit.records()).filteredOn(r -> r.action().equals("APPLICATION_FAILED")).singleElement()
                .satisfies(r -> assertThat(r.details()).containsEntry("reason", "Inget svar"));
        assertThat(audit.records()).filteredOn(r -> r.action().equals("AGREEMENT_FAILED")).singleElement()
                .satisfies(r -> assertThat(r.subject().id()).isEqualTo(created.agreement().id().value()));
    }

    @Test
    void activatingASignedAgreementThatSigningDidNotFinishMarksTheOrganisationAndCompletesTheApplication() {
        CustomerCreated created = steps.createCustomer(approvedApplication().id(), TERMS, VALIDITY);
        agreements.transition(created.agreement().sign(new BankIdSignature(Fixtures.SIGNATORY_PNR, "Sven Signatär",
                Fixtures.NOW, "order-1", "c2ln", "b2NzcA==", TERMS.documentHash()), clock),
                AgreementStatus.PENDING_SIGNATURE);
        int before = audit.records().size();

        Organisation active = steps.activate(created.application().id(), created.agreement().id());

        assertThat(active.agreementStanding()).isEqualTo(AgreementStanding.SIGNED);
        assertThat(organisations.get(active.number()).agreementStanding()).isEqualTo(AgreementStanding.SIGNED);
        assertThat(applications.get(created.application().id()).status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(audit.records().subList(before, audit.records().size())).extracting(AuditRecord::action)
                .containsExactly("ORGANISATION_STANDING_CHANGED", "CUSTOMER_ACTIVATED");
        assertThat(audit.records().subList(before, audit.records().size())).extracting(r -> r.actor())
                .containsOnly(Actor.SYSTEM);
    }
}
