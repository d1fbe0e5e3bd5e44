package se.inera.kundportal.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.agreement.SignAgreement.SignCommand;
import se.inera.kundportal.core.agreement.SignAgreementService;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.workflow.CallbackKey;
import se.inera.kundportal.core.workflow.DecisionResult;
import se.inera.kundportal.core.workflow.ParkedCallback;
import se.inera.kundportal.core.workflow.RecordingTaskTokenResumer;
import se.inera.kundportal.core.workflow.Rendezvous;
import se.inera.kundportal.core.workflow.SignatureResult;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.workflow.WakeParkedWorkflowsHandler;

class AwaitHandlersTest {
    private static final String EVENT_TOKEN = "AQCEAAAAKgAAAAMAAAAAAAAAAexampleTaskTokenForSamLocalInvokeOnly";
    private final OnboardingWorld world = new OnboardingWorld();
    private final AwaitDecisionHandler awaitDecision = new AwaitDecisionHandler(world.waits);
    private final AwaitSignatureHandler awaitSignature = new AwaitSignatureHandler(world.waits);

    @Test
    void parksTheDecisionTokenForTheWholeDecisionTimeoutUntilTheOperatorDecides() {
        world.submitted();

        var result = OnboardingWorld.invoke(awaitDecision, "await-decision/park-decision-token.json");

        assertThat(result.path("resumedAtOnce").asBoolean()).isFalse();
        ParkedCallback parked = world.callbacks.find(CallbackKey.decisionOn(OnboardingWorld.EVENT_APPLICATION))
                .orElseThrow();
        assertThat(parked.taskToken()).isEqualTo(EVENT_TOKEN);
        assertThat(parked.expiresAt()).as("the task's timeout: 30 days")
                .isEqualTo(OnboardingWorld.NOW.plus(Duration.ofDays(30)));
        assertThat(result.path("parkedUntil").asText())
                .isEqualTo(OnboardingWorld.NOW.plus(Duration.ofDays(30)).toString());
        assertThat(world.resumer.resumed).isEmpty();
    }

    @Test
    void resumesAtOnceWhenTheDecisionCameFirst() {
        world.approved();

        var result = OnboardingWorld.invoke(awaitDecision, "await-decision/park-decision-token.json");

        assertThat(result.path("resumedAtOnce").asBoolean()).isTrue();
        assertThat(world.resumer.resumed).singleElement().satisfies(resumed -> {
            assertThat(resumed.taskToken()).isEqualTo(EVENT_TOKEN);
            assertThat(resumed.output()).isEqualTo(new DecisionResult(true));
        });
        assertThat(world.callbacks.find(CallbackKey.decisionOn(OnboardingWorld.EVENT_APPLICATION)))
                .as("a used token is cleared").isEmpty();
    }

    @Test
    void aRejectionStoredFirstResumesWithApprovedFalse() {
        world.rejected("Inte en vårdgivare.");

        OnboardingWorld.invoke(awaitDecision, "await-decision/park-decision-token.json");

        assertThat(world.resumer.resumed).extracting(RecordingTaskTokenResumer.Resumed::output)
                .containsExactly(new DecisionResult(false));
    }

    @Test
    void theNextSweepWakesADecisionWhoseWakeUpWasLost() {
        var submitted = world.submitted();
        OnboardingWorld.invoke(awaitDecision, "await-decision/park-decision-token.json");
        world.applications.transition(submitted.approve(Actor.operator("olle", "Olle Operatör"), OnboardingWorld.NOW),
                ApplicationStatus.SUBMITTED);
        world.resumer.failing = new IllegalStateException("SendTaskSuccess throttled");
        assertThatThrownBy(() -> world.waits.decisionMade(OnboardingWorld.EVENT_APPLICATION,
                world.applications.get(OnboardingWorld.EVENT_APPLICATION).decision().orElseThrow()))
                .hasMessageContaining("throttled");
        world.resumer.failing = null;
        var sweeper = new WakeParkedWorkflowsHandler(new Rendezvous(world.callbacks, world.resumer, world.clock),
                world.waits.awaitedEvents());

        world.clock.set(OnboardingWorld.NOW.plusSeconds(300));
        Map<String, Integer> swept = sweeper.handleRequest(EventLoader.loadScheduledEvent(
                ApiEvents.eventsDirectory().resolve("wake-parked-workflows/scheduled.json").toString()), null);

        assertThat(swept).containsEntry("checked", 1).containsEntry("woken", 1);
        assertThat(world.resumer.resumed).extracting(RecordingTaskTokenResumer.Resumed::output)
                .containsExactly(new DecisionResult(true));
        assertThat(world.callbacks.find(CallbackKey.decisionOn(OnboardingWorld.EVENT_APPLICATION))).isEmpty();
    }

    @Test
    void refusesAWaitWithoutATaskToken() {
        assertThatThrownBy(() -> OnboardingWorld.invoke(awaitDecision, "await-decision/missing-task-token.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }

    @Test
    void parksTheSignatureTokenOnTheAgreementAndResumesAtOnceWhenAlreadySigned() {
        world.approved();
        Agreement agreement = world.steps.createCustomer(OnboardingWorld.EVENT_APPLICATION, OnboardingWorld.TERMS,
                Duration.ofDays(14)).agreement();

        var waiting = OnboardingWorld.invoke(awaitSignature, "await-signature/park-signature-token.json");
        assertThat(waiting.path("resumedAtOnce").asBoolean()).isFalse();
        assertThat(world.callbacks.find(CallbackKey.signatureOf(agreement.id()))).isPresent();

        new SignAgreementService(world.agreements, world.organisations, world.applications, world.audit, world.clock)
                .sign(new SignCommand(agreement.signingLink().orElseThrow(), new BankIdSignature(
                        new Personnummer("191212121212"), "Sven Signatär", OnboardingWorld.NOW, "order-1", "c2ln",
                        "b2NzcA==", OnboardingWorld.TERMS.documentHash())));
        assertThat(world.agreements.get(agreement.id()).status()).isEqualTo(AgreementStatus.SIGNED);
        var again = OnboardingWorld.invoke(awaitSignature, "await-signature/park-signature-token.json");

        assertThat(again.path("resumedAtOnce").asBoolean()).isTrue();
        assertThat(world.resumer.resumed).extracting(RecordingTaskTokenResumer.Resumed::output)
                .containsExactly(new SignatureResult(agreement.id().value(), true));
    }

    @Test
    void refusesASignatureWaitWithoutAnAgreement() {
        assertThatThrownBy(() -> OnboardingWorld.invoke(awaitSignature, "await-signature/missing-agreement-id.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }
}
