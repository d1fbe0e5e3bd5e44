package se.inera.kundportal.functions.order;

import se.inera.kundportal.core.workflow.OrderSteps;

/**
 * What the state machine needs after "Notify Attestants" and "Check Attestation Deadline": whether the order
 * expired, and how long the next park of "Wait For Attestation" lasts (the task's {@code TimeoutSecondsPath}).
 */
public record AttestationPark(boolean expired, long parkSeconds) {

    static AttestationPark of(OrderSteps.DeadlineCheck check) {
        return new AttestationPark(check.expired(), check.parkSeconds());
    }
}
