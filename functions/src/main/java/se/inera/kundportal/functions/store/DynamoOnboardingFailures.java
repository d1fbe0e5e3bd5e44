package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.string;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.functions.onboarding.OnboardingFailures;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Failed onboardings: {@code APP#<applicationId>} / {@code FAILURE#<executionId>}, and on GSI2 under
 * {@code ONBOARDINGFAILURES} by time for the operator's list. Recording is conditional on the key,
 * so the same execution's failure reported twice (a retried step) is stored once.
 */
public final class DynamoOnboardingFailures implements OnboardingFailures {
    private final DynamoTable table;

    public DynamoOnboardingFailures(DynamoDbClient client, String tableName, Clock clock) {
        this.table = new DynamoTable(client, tableName, clock);
    }

    @Override
    public void record(OnboardingFailure failure) {
        table.putIf(ItemBuilder.forKey(Keys.onboardingFailure(failure.application(), failure.executionId()))
                .with("type", "ONBOARDING_FAILURE")
                .with("application", failure.application().value())
                .with("error", failure.error())
                .with("message", failure.message())
                .with("executionId", failure.executionId())
                .with("failedAt", failure.failedAt())
                .withIndex(Keys.GSI2PK, Keys.ALL_ONBOARDING_FAILURES, Keys.GSI2SK,
                        Keys.timeOrdered(failure.failedAt(), failure.application().value()))
                .build(), DynamoTable.Condition.itemAbsent());
    }

    @Override
    public List<OnboardingFailure> ofApplication(ApplicationId application) {
        return table.queryAll(DynamoTable.Query.partition(TableIndex.TABLE, Keys.application(application).pk())
                        .withSortKeyPrefix(Keys.ONBOARDING_FAILURE_PREFIX)).stream()
                .map(DynamoOnboardingFailures::failure)
                .sorted(Comparator.comparing(OnboardingFailure::failedAt).reversed())
                .toList();
    }

    @Override
    public Page<OnboardingFailure> all(PageRequest page) {
        Page<Map<String, AttributeValue>> items = table.queryPage(DynamoTable.Query.partition(TableIndex.GSI2,
                Keys.ALL_ONBOARDING_FAILURES).descending(), page);
        return new Page<>(items.items().stream().map(DynamoOnboardingFailures::failure).toList(), items.nextCursor());
    }

    private static OnboardingFailure failure(Map<String, AttributeValue> item) {
        return new OnboardingFailure(new ApplicationId(string(item, "application")), string(item, "error"),
                string(item, "message"), string(item, "executionId"), instant(item, "failedAt"));
    }
}
