package se.inera.kundportal.core.workflow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;

/**
 * A {@link WorkflowStarter} and {@link WorkflowResumer} that records what it was asked to do, for
 * handler tests that check a workflow is started or resumed without running one.
 */
public final class RecordingWorkflow implements WorkflowStarter, WorkflowResumer {
    /** One call made to this workflow. */
    public sealed interface Call permits Started, DecisionMade, AgreementSigned {
    }

    public record Started(ApplicationId application) implements Call {
    }

    public record DecisionMade(ApplicationId application, ApplicationDecision decision) implements Call {
    }

    public record AgreementSigned(AgreementId agreement) implements Call {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile ResumeOutcome outcome = ResumeOutcome.RESUMED;
    private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();

    /** What the resume methods return from now on (default {@link ResumeOutcome#RESUMED}). */
    public RecordingWorkflow answering(ResumeOutcome next) {
        this.outcome = next;
        return this;
    }

    /** The next start or resume throws {@code failure} (an outage), once; nothing is recorded for it. */
    public RecordingWorkflow failingOnce(RuntimeException failure) {
        nextFailure.set(failure);
        return this;
    }

    @Override
    public void startOnboarding(ApplicationId application) {
        throwIfFailing();
        calls.add(new Started(application));
    }

    @Override
    public ResumeOutcome decisionMade(ApplicationId application, ApplicationDecision decision) {
        throwIfFailing();
        calls.add(new DecisionMade(application, decision));
        return outcome;
    }

    private void throwIfFailing() {
        RuntimeException failure = nextFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public ResumeOutcome agreementSigned(AgreementId agreement) {
        calls.add(new AgreementSigned(agreement));
        return outcome;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }
}
