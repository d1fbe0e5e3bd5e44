package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.functions.onboarding.OnboardingFailures.OnboardingFailure;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoOnboardingFailuresIT {
    private static DynamoOnboardingFailures failures;

    @BeforeAll
    static void create(StandInsEnvironment standIns) {
        failures = new DynamoOnboardingFailures(standIns.dynamoDb(), standIns.tableName(),
                Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    private static OnboardingFailure failure(ApplicationId application, String execution, int minutesAgo) {
        return new OnboardingFailure(application, "States.Timeout", "Steget svarade inte.",
                "arn:aws:states:eu-north-1:123456789012:execution:onboarding:" + execution,
                TestData.NOW.minusSeconds(60L * minutesAgo));
    }

    @Test
    void recordsFailuresAndListsThemNewestFirstPerApplicationAndForTheOperatorAcrossPages() {
        ApplicationId application = ApplicationId.newId();
        OnboardingFailure older = failure(application, "exec-1", 10);
        OnboardingFailure newer = failure(application, "exec-2", 5);
        OnboardingFailure otherApplication = failure(ApplicationId.newId(), "exec-3", 1);
        failures.record(older);
        failures.record(newer);
        failures.record(otherApplication);

        assertThat(failures.ofApplication(application)).containsExactly(newer, older);
        List<OnboardingFailure> all = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<OnboardingFailure> page = failures.all(request);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = request.next(page.nextCursor().get());
        }
        // other tests of this class add failures to the same list: check order, and ours within it
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(OnboardingFailure::failedAt).reversed());
        assertThat(all).filteredOn(f -> f.application().equals(application)
                        || f.application().equals(otherApplication.application()))
                .containsExactly(otherApplication, newer, older);
    }

    @Test
    void storesTheSameExecutionsFailureOnce() {
        ApplicationId application = ApplicationId.newId();
        OnboardingFailure first = failure(application, "exec-retried", 3);

        failures.record(first);
        failures.record(failure(application, "exec-retried", 2));

        assertThat(failures.ofApplication(application)).containsExactly(first);
    }
}
