package se.inera.kundportal.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.SIGNATORY_PNR;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.testing.InMemoryPorts;

class SignAgreementServiceTest {
    private final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final SignAgreementService service = new SignAgreementService(agreements, organisations, applications,
            audit, CLOCK);
    private final LinkId link = LinkId.random(new SecureRandom());
    private CustomerApplication application;

    @BeforeEach
    void approvedCustomerAwaitingSignature() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(),
                AgreementStanding.AWAITING_SIGNATURE, NOW, 0));
        application = applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), NOW)
                .approve(Actor.operator("ks", "Kim"), NOW).sentForSignature(NOW));
        agreements.create(Agreement.sentForSignature(AgreementId.newId(), REGION_STOCKHOLM, "2.4", "sha256:doc",
                SIGNATORY_PNR, link, NOW, NOW.plus(Duration.ofDays(30))));
    }

    private SignAgreement.SignCommand signature() {
        return new SignAgreement.SignCommand(link, new BankIdSignature(SIGNATORY_PNR, "Sven Signatär", NOW, "ref-1",
                "c2ln", "b2NzcA==", "sha256:doc"));
    }

    @Test
    void signingLetsTheOrganisationOrderAndCompletesTheApplication() {
        Agreement signed = service.sign(signature());

        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(organisations.get(REGION_STOCKHOLM).canOrder()).isTrue();
        assertThat(applications.get(application.id()).status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(audit.actions())
                .containsExactly("AGREEMENT_SIGNED", "ORGANISATION_STANDING_CHANGED", "CUSTOMER_ACTIVATED");
        assertThat(audit.records()).extracting(record -> record.actor().kind()).containsOnly(Actor.Kind.SIGNATORY);
        assertThat(audit.records().get(1).details()).containsEntry("from", "AWAITING_SIGNATURE")
                .containsEntry("to", "SIGNED");
    }

    @Test
    void usedSigningLinkNoLongerLeadsToTheAgreement() {
        service.sign(signature());
        assertThatThrownBy(() -> service.sign(signature())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void replayAgainstTheStoredStatusIsRefusedByTheConditionalWrite() {
        Agreement pending = service.open(link);
        service.sign(signature());
        Agreement staleCopySigned = pending.sign(signature().signature(), CLOCK);
        assertThatThrownBy(() -> agreements.transition(staleCopySigned, AgreementStatus.PENDING_SIGNATURE))
                .isInstanceOf(UnexpectedStatusException.class);
    }
}
