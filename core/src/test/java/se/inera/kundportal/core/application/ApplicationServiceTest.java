package se.inera.kundportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.testing.InMemoryPorts;

class ApplicationServiceTest {
    private static final Actor OPERATOR = Actor.operator("ks-1", "Kim Kundservice");

    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final ApplicationService service = new ApplicationService(applications, organisations, audit, CLOCK);

    @Test
    void submittedApplicationIsStoredAndListedForTheOperator() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.version()).isEqualTo(1);
        assertThat(applications.findByStatus(ApplicationStatus.SUBMITTED, PageRequest.firstPage()).items())
                .containsExactly(submitted);
        assertThat(audit.actions()).containsExactly("APPLICATION_SUBMITTED");
    }

    @Test
    void secondApplicationWhileTheFirstIsOpenIsAConflict() {
        service.submit(ApplicationFormTest.validForm());
        assertThatThrownBy(() -> service.submit(ApplicationFormTest.validForm()))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void applicationFromAnExistingCustomerIsAConflict() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        assertThatThrownBy(() -> service.submit(ApplicationFormTest.validForm()))
                .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("redan kund");
    }

    @Test
    void newApplicationIsAllowedAfterARejection() {
        CustomerApplication first = service.submit(ApplicationFormTest.validForm());
        service.reject(new DecideApplication.RejectCommand(first.id(), OPERATOR, "Ofullständig"));
        assertThat(service.submit(ApplicationFormTest.validForm()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void operatorApprovesOnceAndASecondDecisionIsAConflict() {
        CustomerApplication submitted = service.submit(ApplicationFormTest.validForm());

        assertThat(service.approve(new DecideApplication.ApproveCommand(submitted.id(), OPERATOR)).status())
                .isEqualTo(ApplicationStatus.APPROVED);
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
}
