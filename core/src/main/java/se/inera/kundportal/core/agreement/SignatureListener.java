package se.inera.kundportal.core.agreement;

/**
 * Port: who waits for an agreement's signature (the onboarding workflow; wired to
 * {@code WorkflowResumer.agreementSigned}, which this package cannot name without a cycle). Told after the
 * signature is stored; a failure to tell is logged, since the wait finds the stored signature by itself.
 */
@FunctionalInterface
public interface SignatureListener {
    void agreementSigned(AgreementId agreement);
}
