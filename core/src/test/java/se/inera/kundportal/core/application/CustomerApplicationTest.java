package se.inera.kundportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.inera.kundportal.core.Fixtures.NOW;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.UnexpectedStatusException;

class CustomerApplicationTest {
    private static final Actor OPERATOR = Actor.operator("kundservice-1", "Kim Kundservice");

    private static CustomerApplication submitted() {
        return CustomerApplication.submitted(ApplicationId.newId(), Fixtures.regionStockholmDetails(),
                Fixtures.contacts(), NOW);
    }

    @Test
    void approvingASubmittedApplicationRecordsWhoAndWhen() {
        CustomerApplication approved = submitted().approve(OPERATOR, NOW.plusSeconds(60));

        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.decision()).hasValueSatisfying(d -> {
            assertThat(d.approved()).isTrue();
            assertThat(d.decidedBy()).isEqualTo(OPERATOR);
            assertThat(d.decidedAt()).isEqualTo(NOW.plusSeconds(60));
        });
        assertThat(approved.rejectionReason()).isEmpty();
    }

    @Test
    void rejectingASubmittedApplicationKeepsTheReasonForTheApplicant() {
        CustomerApplication rejected = submitted().reject(OPERATOR, NOW, "  Organisationen är redan kund via ombud. ");

        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("Organisationen är redan kund via ombud.");
    }

    @Test
    void rejectionWithoutReasonIsRefused() {
        assertThatThrownBy(() -> submitted().reject(OPERATOR, NOW, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void approvingARejectedApplicationIsRefusedWithExpectedAndActualStatus() {
        CustomerApplication rejected = submitted().reject(OPERATOR, NOW, "Skäl");

        UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class,
                () -> rejected.approve(OPERATOR, NOW));

        assertThat(e.expected()).isEqualTo("SUBMITTED");
        assertThat(e.actual()).contains("REJECTED");
    }

    @Test
    void approvingTwiceIsRefused() {
        CustomerApplication approved = submitted().approve(OPERATOR, NOW);
        assertThatThrownBy(() -> approved.approve(OPERATOR, NOW)).isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void approvedApplicationGoesThroughSigningToCompleted() {
        CustomerApplication completed = submitted().approve(OPERATOR, NOW).sentForSignature(NOW).agreementSigned(NOW);
        assertThat(completed.status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(completed.status().isFinal()).isTrue();
    }

    @Test
    void expiredSignatureCanBeSentAgain() {
        CustomerApplication expired = submitted().approve(OPERATOR, NOW).sentForSignature(NOW).signatureExpired(NOW);
        assertThat(expired.sentForSignature(NOW).status()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURE);
    }

    @Test
    void submittedApplicationCannotBeSentForSignatureBeforeApproval() {
        assertThatThrownBy(() -> submitted().sentForSignature(NOW)).isInstanceOf(UnexpectedStatusException.class);
        assertThatThrownBy(() -> submitted().agreementSigned(NOW)).isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void anApplicationThatWasDecidedOrEndedCannotBeRejectedExpiredOrFailedAgain() {
        CustomerApplication approved = submitted().approve(OPERATOR, NOW);
        CustomerApplication rejected = submitted().reject(OPERATOR, NOW, "Skäl");
        CustomerApplication failed = submitted().failed("Inget svar", NOW);

        assertThatThrownBy(() -> approved.reject(OPERATOR, NOW, "Skäl")).isInstanceOf(UnexpectedStatusException.class);
        assertThatThrownBy(() -> approved.signatureExpired(NOW)).isInstanceOf(UnexpectedStatusException.class);
        assertThatThrownBy(() -> rejected.failed("Inget svar", NOW)).isInstanceOf(UnexpectedStatusException.class);
        assertThatThrownBy(() -> failed.failed("Igen", NOW)).isInstanceOf(UnexpectedStatusException.class);
        assertThat(failed.status()).isEqualTo(ApplicationStatus.FAILED);
        assertThat(failed.failureReason()).contains("Inget svar");
    }
}
