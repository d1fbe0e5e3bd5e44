package se.inera.kundportal.core.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplicationRepository;

/**
 * The onboarding workflow's two waits for a person, both through the one {@link Rendezvous}: "Wait For
 * Inera Decision" (the operator approves or rejects) and "Wait For Signature" (the signatory signs with
 * BankID). The workflow side parks ({@link #awaitDecision}, {@link #awaitSignature}); the person side is
 * {@link WorkflowResumer}, called by the use cases after their conditional write; the sweeper checks both
 * through {@link #awaitedEvents()}.
 */
public final class OnboardingWaits implements WorkflowResumer {
    private final AwaitedEvent.Source decisions;
    private final AwaitedEvent.Source signatures;
    private final Rendezvous rendezvous;

    public OnboardingWaits(CustomerApplicationRepository applications, AgreementRepository agreements,
                           Rendezvous rendezvous) {
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(agreements, "agreements");
        this.rendezvous = Objects.requireNonNull(rendezvous, "rendezvous");
        this.decisions = new AwaitedEvent.Source(CallbackKey.Kind.APPLICATION_DECISION,
                application -> DecisionResult.of(applications.get(new ApplicationId(application))));
        this.signatures = new AwaitedEvent.Source(CallbackKey.Kind.AGREEMENT_SIGNATURE, agreement -> {
            AgreementId id = new AgreementId(agreement);
            return agreements.get(id).isSigned() ? Optional.of(SignatureResult.signed(id)) : Optional.empty();
        });
    }

    /**
     * "Wait For Inera Decision", parked for {@code wait} (the decision timeout).
     *
     * @throws se.inera.kundportal.core.error.NotFoundException if there is no such application
     */
    public ParkedWait awaitDecision(ApplicationId application, String taskToken, Duration wait) {
        return rendezvous.await(decisions.of(application.value()), taskToken, wait);
    }

    /**
     * "Wait For Signature", parked for {@code wait} (until the next reminder or the signing deadline).
     *
     * @throws se.inera.kundportal.core.error.NotFoundException if there is no such agreement
     */
    public ParkedWait awaitSignature(AgreementId agreement, String taskToken, Duration wait) {
        return rendezvous.await(signatures.of(agreement.value()), taskToken, wait);
    }

    /** How the sweeper ({@link Rendezvous#heal}) tells that the onboarding's waits are over. */
    public List<AwaitedEvent.Source> awaitedEvents() {
        return List.of(decisions, signatures);
    }

    @Override
    public ResumeOutcome decisionMade(ApplicationId application, ApplicationDecision decision) {
        return rendezvous.wake(CallbackKey.decisionOn(application), DecisionResult.of(decision));
    }

    @Override
    public ResumeOutcome agreementSigned(AgreementId agreement) {
        return rendezvous.wake(CallbackKey.signatureOf(agreement), SignatureResult.signed(agreement));
    }
}
