package se.inera.kundportal.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.NOW;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.application.ApplicationFormTest;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.application.SubmitApplicationCommand;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.workflow.RecordingWorkflow;
import se.inera.kundportal.core.workflow.ResumeOutcome;

class ApplicationServiceTest {
    private static final Actor OPERATOR = Actor.operator("ks-1", "Kim Kundservice");
    private static final Organisationsnummer REGION_STOCKHOLM = new Organisationsnummer("232100-0016");

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final RecordingWorkflow workflow = new RecordingWorkflow();
    private final ApplicationService service = new ApplicationService(applications, organisations, audit, workflow,
            workflow, clock);

    @Test
    void submittedApplicationIsStoredListedForTheOperatorAndItsWorkflowStarted() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.version()).isEqualTo(1);
        assertThat(applications.findByStatus(ApplicationStatus.SUBMITTED, PageRequest.firstPage()).items())
                .containsExactly(submitted);
        assertThat(audit.actions()).containsExactly("APPLICATION_SUBMITTED");
        assertThat(workflow.calls()).containsExactly(new RecordingWorkflow.Started(submitted.id()));
        assertThat(applications.claimOf(REGION_STOCKHOLM).map(OrganisationClaim::application))
                .contains(submitted.id());
    }

    @Test
    void aStartThatFailedIsRetriedByTheSameSubmissionWhichGivesTheSameApplication() {
        workflow.failingOnce(new IllegalStateException("Step Functions is down"));
        assertThatThrownBy(() -> service.submit(ApplicationFormTest.validForm()))
                .hasMessageContaining("Step Functions is down");

        CustomerApplication again = service.submit(ApplicationFormTest.validForm());

        assertThat(applications.findByOrganisation(REGION_STOCKHOLM)).containsExactly(again);
        assertThat(workflow.calls()).containsExactly(new RecordingWorkflow.Started(again.id()));
        assertThat(audit.actions()).containsExactly("APPLICATION_SUBMITTED");
    }

    @Test
    void theSameSubmissionWhileItWaitsForADecisionStartsTheSameWorkflowAgain() {
        CustomerApplication first = service.submit(ApplicationFormTest.validForm());
        CustomerApplication again = service.submit(ApplicationFormTest.validForm());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(workflow.calls()).containsExactly(new RecordingWorkflow.Started(first.id()),
                new RecordingWorkflow.Started(first.id()));
    }

    @Test
    void aDifferentSubmissionWhileTheFirstIsOpenIsAConflictWithAdvice() {
        service.submit(ApplicationFormTest.validForm());

        assertThatThrownBy(() -> service.submit(withAnotherReference(ApplicationFormTest.validForm())))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage(Messages.applicationInProgress(REGION_STOCKHOLM));
        assertThat(applications.findByOrganisation(REGION_STOCKHOLM)).hasSize(1);
    }

    @Test
    void theSameSubmissionAfterTheDecisionIsAConflict() {
        CustomerApplication first = service.submit(ApplicationFormTest.validForm());
        service.approve(new DecideApplication.ApproveCommand(first.id(), OPERATOR));

        assertThatThrownBy(() -> service.submit(ApplicationFormTest.validForm()))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void aClaimWhoseApplicationWasNeverStoredIsFreeAfterAWhile() {
        applications.claimOrganisation(new OrganisationClaim(REGION_STOCKHOLM, ApplicationId.newId(), "other form",
                clock.instant()));
        assertThatThrownBy(() -> service.submit(ApplicationFormTest.validForm()))
                .isInstanceOf(AlreadyExistsException.class);

        clock.advance(ApplicationService.ABANDONED_CLAIM.plus(Duration.ofSeconds(1)));

        assertThat(service.submit(ApplicationFormTest.validForm()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void applicationFromAnExistingCustomerIsAConflictWithAdvice() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        assertThatThrownBy(() -> service.submit(ApplicationFormTest.validForm()))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessage(Messages.alreadyCustomer(REGION_STOCKHOLM));
        assertThat(workflow.calls()).isEmpty();
    }

    @Test
    void anOrganisationWhoseOnboardingFailedMayApplyAgain() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(),
                AgreementStanding.ONBOARDING_FAILED, NOW, 0));
        assertThat(service.submit(ApplicationFormTest.validForm()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void newApplicationIsAllowedAfterARejectionWhichReleasesTheOrganisation() {
        CustomerApplication first = service.submit(ApplicationFormTest.validForm());
        service.reject(new DecideApplication.RejectCommand(first.id(), OPERATOR, "Ofullständig"));
        assertThat(applications.claimOf(REGION_STOCKHOLM)).isEmpty();

        CustomerApplication second = service.submit(ApplicationFormTest.validForm());

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void decidingWakesTheWaitingWorkflowWithTheStoredDecision() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());

        DecideApplication.Decided decided = service.approve(new DecideApplication.ApproveCommand(submitted.id(),
                OPERATOR));

        assertThat(decided.application().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(decided.workflow()).contains(ResumeOutcome.RESUMED);
        assertThat(workflow.calls()).contains(new RecordingWorkflow.DecisionMade(submitted.id(),
                decided.application().decision().orElseThrow()));
    }

    @Test
    void aWorkflowThatCannotBeWokenLeavesTheDecisionStoredAndSaysSo() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());
        workflow.failingOnce(new IllegalStateException("Step Functions is down"));

        DecideApplication.Decided decided = service.reject(new DecideApplication.RejectCommand(submitted.id(),
                OPERATOR, "Ingen vårdgivare"));

        assertThat(decided.workflow()).isEmpty();
        assertThat(applications.get(submitted.id()).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void operatorApprovesOnceAndASecondDecisionIsAConflict() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());

        assertThat(service.approve(new DecideApplication.ApproveCommand(submitted.id(), OPERATOR)).application()
                .status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThatThrownBy(() -> service.reject(new DecideApplication.RejectCommand(submitted.id(), OPERATOR, "Nej")))
                .isInstanceOf(UnexpectedStatusException.class);
        assertThat(audit.actions()).containsExactly("APPLICATION_SUBMITTED", "APPLICATION_APPROVED");
        assertThat(audit.records().get(1)).satisfies(approval -> {
            assertThat(approval.actor()).isEqualTo(OPERATOR);
            assertThat(approval.details()).containsEntry("from", "SUBMITTED").containsEntry("to", "APPROVED");
            assertThat(approval.organisation()).contains(submitted.organisationsnummer());
        });
    }

    @Test
    void rejectionWithoutReasonIsAValidationError() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());
        assertThatThrownBy(() -> service.reject(new DecideApplication.RejectCommand(submitted.id(), OPERATOR, "")))
                .isInstanceOf(ValidationException.class);
    }

    private static SubmitApplicationCommand withAnotherReference(SubmitApplicationCommand form) {
        var invoicing = form.invoicing();
        return new SubmitApplicationCommand(form.organisation(), new SubmitApplicationCommand.InvoicingInput(
                invoicing.address(), "Ansvar 9999", invoicing.email(), invoicing.electronicId()),
                form.administrator(), form.signatory(), form.agreementContact());
    }

    @Test
    void aRejectionIsAuditedWithTheOperatorAndTheReasonTheApplicantIsTold() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());

        service.reject(new DecideApplication.RejectCommand(submitted.id(), OPERATOR, "Ofullständig"));

        assertThat(audit.records()).filteredOn(r -> r.action().equals("APPLICATION_REJECTED")).singleElement()
                .satisfies(r -> {
                    assertThat(r.actor()).isEqualTo(OPERATOR);
                    assertThat(r.details()).containsEntry("reason", "Ofullständig");
                });
    }
}
