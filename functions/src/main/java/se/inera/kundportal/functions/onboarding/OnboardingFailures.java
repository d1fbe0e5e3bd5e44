package se.inera.kundportal.functions.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;

/** Where failed onboardings are recorded for Inera's operators (the "Report Onboarding Failure" step). */
public interface OnboardingFailures {

    /**
     * One failed onboarding.
     *
     * @param error       the error name Step Functions reported (an exception class name, or {@code States.*})
     * @param message     what went wrong, as the failing step said it (never a stack trace)
     * @param executionId the Step Functions execution, to open it in the console
     */
    record OnboardingFailure(ApplicationId application, String error, String message, String executionId,
                             Instant failedAt) {
        public OnboardingFailure {
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(executionId, "executionId");
            Objects.requireNonNull(failedAt, "failedAt");
        }
    }

    void record(OnboardingFailure failure);

    /** The failures of one application, newest first. */
    List<OnboardingFailure> ofApplication(ApplicationId application);

    /** The operator's list of every failed onboarding, newest first. */
    Page<OnboardingFailure> all(PageRequest page);
}
