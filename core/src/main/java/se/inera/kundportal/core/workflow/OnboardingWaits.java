package se.inera.kundportal.core.workflow;

import java.time.Duration;
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
 * BankID). The workflow side parks a round ({@link #awaitDecision}, {@link #awaitSignature}); the person
 * side is {@link WorkflowResumer}, called by the use cases after their conditional write.
 */
public final class OnboardingWaits implements WorkflowResumer {
    private final CustomerApplicationRepository applications;
    private final AgreementRepository agreements;
    private final Rendezvous rendezvous;

    public OnboardingWaits(CustomerApplicationRepository applications, AgreementRepository agreements,
                           Rendezvous rendezvous) {
        this.applications = Objects.requireNonNull(applications, "applications");
        this.agreements = Objects.requireNonNull(agreements, "agreements");
        this.rendezvous = Objects.requireNonNull(rendezvous, "rendezvous");
    }

    /**
     * One round of "Wait For Inera Decision".
     *
     * @throws se.inera.kundportal.core.error.NotFoundException if there is no such application
     */
    public WaitRound awaitDecision(ApplicationId application, String taskToken, Duration round) {
        return rendezvous.await(new AwaitedEvent(CallbackKey.decisionOn(application),
                () -> DecisionResult.of(applications.get(application))), taskToken, round);
    }

    /**
     * One round of "Wait For Signature".
     *
     * @throws se.inera.kundportal.core.error.NotFoundException if there is no such agreement
     */
    public WaitRound awaitSignature(AgreementId agreement, String taskToken, Duration round) {
        return rendezvous.await(new AwaitedEvent(CallbackKey.signatureOf(agreement),
                () -> agreements.get(agreement).isSigned() ? Optional.of(SignatureResult.signed(agreement))
                        : Optional.empty()), taskToken, round);
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
