package se.inera.kundportal.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;

class ReportOnboardingFailureHandlerTest {
    private final OnboardingWorld world = new OnboardingWorld();
    private final List<OnboardingFailures.OnboardingFailure> recorded = new ArrayList<>();
    private final ReportOnboardingFailureHandler handler = new ReportOnboardingFailureHandler(new OnboardingFailures() {
        @Override
        public void record(OnboardingFailure failure) {
            recorded.add(failure);
        }

        @Override
        public List<OnboardingFailure> ofApplication(ApplicationId application) {
            return recorded;
        }

        @Override
        public Page<OnboardingFailure> all(PageRequest page) {
            return Page.last(recorded);
        }
    }, world.steps, world.clock);

    @Test
    void endsTheApplicationAsFailedWithTheReasonAndReleasesTheOrganisation() {
        CustomerApplication approved = world.approved();
        world.applications.claimOrganisation(new OrganisationClaim(approved.organisationsnummer(), approved.id(),
                "form", OnboardingWorld.NOW));

        var output = OnboardingWorld.invoke(handler, "report-onboarding-failure/customer-creation-failed.json");

        assertThat(output.path("status").asText()).isEqualTo("FAILED");
        CustomerApplication failed = world.applications.get(OnboardingWorld.EVENT_APPLICATION);
        assertThat(failed.status()).isEqualTo(ApplicationStatus.FAILED);
        assertThat(failed.failureReason().orElseThrow()).contains("registrerades som kund på annat sätt")
                .doesNotContain("stackTrace");
        assertThat(world.applications.claimOf(approved.organisationsnummer())).isEmpty();
    }

    @Test
    void recordsTheErrorAndTheStepsMessageButNoStackTrace() {
        world.submitted();
        var output = OnboardingWorld.invoke(handler, "report-onboarding-failure/customer-creation-failed.json");

        assertThat(output.path("error").asText()).isEqualTo(CustomerCreationFailed.class.getName());
        assertThat(recorded).singleElement().satisfies(failure -> {
            assertThat(failure.application()).isEqualTo(OnboardingWorld.EVENT_APPLICATION);
            assertThat(failure.message()).contains("registrerades som kund på annat sätt")
                    .doesNotContain("stackTrace").doesNotContain("CreateCustomerHandler.java");
            assertThat(failure.executionId()).endsWith(OnboardingWorld.EVENT_APPLICATION.value());
        });
        AuditSubject application = AuditSubject.of(AuditSubject.Type.APPLICATION, OnboardingWorld.EVENT_APPLICATION);
        assertThat(world.audit.findBySubject(application, PageRequest.first(10)).items())
                .extracting(AuditRecord::action).contains("ONBOARDING_FAILED");
    }

    @Test
    void aRetriedReportRecordsTheFailureInTheTrailOnce() {
        OnboardingWorld.invoke(handler, "report-onboarding-failure/decision-timed-out.json");
        OnboardingWorld.invoke(handler, "report-onboarding-failure/decision-timed-out.json");

        assertThat(world.audit.records()).extracting(AuditRecord::action).containsExactly("ONBOARDING_FAILED");
        assertThat(world.audit.records().get(0).subject())
                .isEqualTo(AuditSubject.of(AuditSubject.Type.APPLICATION, OnboardingWorld.EVENT_APPLICATION));
    }

    @Test
    void keepsAPlainTextCauseAsItIs() {
        OnboardingWorld.invoke(handler, "report-onboarding-failure/decision-timed-out.json");

        assertThat(recorded).singleElement().satisfies(failure -> {
            assertThat(failure.error()).isEqualTo("States.Timeout");
            assertThat(failure.message()).isEqualTo("The task timed out.");
        });
    }

    @Test
    void refusesAReportWithoutTheExecution() {
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "report-onboarding-failure/missing-execution-id.json"))
                .isInstanceOf(InvalidTaskInput.class);
        assertThat(recorded).isEmpty();
    }
}
