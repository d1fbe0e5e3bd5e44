package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.SIGNATORY_PNR;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.workflow.RecordingTaskTokenResumer.Resumed;

/** "Wait For Inera Decision" and "Wait For Signature": each resumes with what was decided or signed, and only then. */
class OnboardingWaitsTest {
    private static final Duration WAIT = Duration.ofDays(30);

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    private final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    private final InMemoryWorkflowCallbacks callbacks = new InMemoryWorkflowCallbacks(clock);
    private final RecordingTaskTokenResumer resumer = new RecordingTaskTokenResumer();
    private final Rendezvous rendezvous = new Rendezvous(callbacks, resumer, clock);
    private final OnboardingWaits waits = new OnboardingWaits(applications, agreements, rendezvous);

    private CustomerApplication submitted() {
        return applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                Fixtures.regionStockholmDetails(), Fixtures.contacts(), NOW));
    }

    @Test
    void theDecisionWakesTheWaitWithWhetherItWasApproved() {
        CustomerApplication application = submitted();
        assertThat(waits.awaitDecision(application.id(), "token-1", WAIT).resumedAtOnce()).isEmpty();

        CustomerApplication approved = applications.transition(application.approve(Actor.operator("op", "Olle"), NOW),
                ApplicationStatus.SUBMITTED);
        assertThat(waits.decisionMade(application.id(), approved.decision().orElseThrow()))
                .isEqualTo(ResumeOutcome.RESUMED);

        assertThat(resumer.resumed).containsExactly(new Resumed("token-1", new DecisionResult(true)));
    }

    @Test
    void aDecisionStoredBeforeTheParkIsPickedUpByTheParkAndTheSweeperHealsALostOne() {
        CustomerApplication rejected = applications.transition(submitted().reject(Actor.operator("op", "Olle"), NOW,
                "Nej"), ApplicationStatus.SUBMITTED);

        ParkedWait parked = waits.awaitDecision(rejected.id(), "token-1", WAIT);

        assertThat(parked.resumedAtOnce()).contains(ResumeOutcome.RESUMED);
        assertThat(resumer.resumed).containsExactly(new Resumed("token-1", new DecisionResult(false)));

        CustomerApplication waiting = submitted();
        waits.awaitDecision(waiting.id(), "token-2", WAIT);
        applications.transition(waiting.approve(Actor.operator("op", "Olle"), NOW), ApplicationStatus.SUBMITTED);
        assertThat(rendezvous.heal(waits.awaitedEvents()).woken()).isEqualTo(1);
        assertThat(resumer.resumed).last().isEqualTo(new Resumed("token-2", new DecisionResult(true)));
    }

    @Test
    void theSignatureWakesTheWaitOnlyOnceTheAgreementIsSigned() {
        Agreement pending = agreements.create(Agreement.sentForSignature(AgreementId.newId(), REGION_STOCKHOLM, "2.4",
                "hash", SIGNATORY_PNR, LinkId.random(new SecureRandom()), NOW, NOW.plus(Duration.ofDays(14))));
        waits.awaitSignature(pending.id(), "token-3", WAIT);
        assertThat(rendezvous.heal(waits.awaitedEvents()).woken()).isZero();

        agreements.transition(pending.sign(new BankIdSignature(SIGNATORY_PNR, "Sven", NOW, "order-1", "c2ln",
                "b2NzcA==", "hash"), clock), AgreementStatus.PENDING_SIGNATURE);
        assertThat(waits.agreementSigned(pending.id())).isEqualTo(ResumeOutcome.RESUMED);

        assertThat(resumer.resumed).containsExactly(new Resumed("token-3", new SignatureResult(pending.id().value(),
                true)));
    }
}
