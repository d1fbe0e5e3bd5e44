package se.inera.kundportal.functions.wiring;

import java.util.ArrayList;
import java.util.List;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WorkflowResumer;
import se.inera.kundportal.core.workflow.WorkflowStarter;

/** Records what the HTTP side asked of the onboarding workflow; can be told to fail like an outage. */
public final class RecordingWorkflow implements WorkflowStarter, WorkflowResumer {
    public final List<ApplicationId> started = new ArrayList<>();
    public final List<ApplicationDecision> decisions = new ArrayList<>();
    public final List<AgreementId> signed = new ArrayList<>();
    private RuntimeException outage;

    public void failWith(RuntimeException outage) {
        this.outage = outage;
    }

    @Override
    public void startOnboarding(ApplicationId application) {
        throwIfDown();
        started.add(application);
    }

    @Override
    public ResumeOutcome decisionMade(ApplicationId application, ApplicationDecision decision) {
        throwIfDown();
        decisions.add(decision);
        return ResumeOutcome.RESUMED;
    }

    @Override
    public ResumeOutcome agreementSigned(AgreementId agreement) {
        throwIfDown();
        signed.add(agreement);
        return ResumeOutcome.RESUMED;
    }

    private void throwIfDown() {
        if (outage != null) {
            throw outage;
        }
    }
}
