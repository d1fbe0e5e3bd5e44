package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.workflow.CallbackKey;
import se.inera.kundportal.core.workflow.ParkedCallback;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoWorkflowCallbacksIT {
    private static final Clock CLOCK = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), CLOCK);
    }

    @Test
    void parksATokenAndFindsItByWhatTheWorkflowAwaits() {
        CallbackKey key = CallbackKey.decisionOn(ApplicationId.newId());

        store.workflowCallbacks().park(key, "token-1", TestData.NOW.plus(Duration.ofDays(30)));

        assertThat(store.workflowCallbacks().find(key)).contains(
                new ParkedCallback(key, "token-1", TestData.NOW, TestData.NOW.plus(Duration.ofDays(30))));
        assertThat(store.workflowCallbacks().find(CallbackKey.signatureOf(AgreementId.newId()))).isEmpty();
    }

    @Test
    void listsEveryParkedTokenOldestFirstAcrossPagesUntilItIsCleared(StandInsEnvironment standIns) {
        Instant later = TestData.NOW.plus(Duration.ofDays(1000));
        CallbackKey first = CallbackKey.decisionOn(ApplicationId.newId());
        CallbackKey second = CallbackKey.signatureOf(AgreementId.newId());
        CallbackKey cleared = CallbackKey.decisionOn(ApplicationId.newId());
        Instant timeout = later.plus(Duration.ofDays(3));
        storeAt(standIns, later).workflowCallbacks().park(first, "token-1", timeout);
        storeAt(standIns, later.plusSeconds(1)).workflowCallbacks().park(second, "token-2", timeout);
        storeAt(standIns, later.plusSeconds(2)).workflowCallbacks().park(cleared, "token-3", timeout);
        store.workflowCallbacks().clear(cleared, "token-3");

        List<ParkedCallback> parked = new ArrayList<>();
        PageRequest request = PageRequest.first(1);
        while (true) {
            Page<ParkedCallback> page = store.workflowCallbacks().parked(request);
            parked.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = request.next(page.nextCursor().get());
        }

        assertThat(parked).extracting(ParkedCallback::key).containsSubsequence(first, second).doesNotContain(cleared);
        assertThat(parked).filteredOn(callback -> callback.key().equals(second)).singleElement()
                .isEqualTo(new ParkedCallback(second, "token-2", later.plusSeconds(1), timeout));
    }

    private static DynamoStore storeAt(StandInsEnvironment standIns, Instant now) {
        return new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aSecondWaitReplacesTheEarlierToken() {
        CallbackKey key = CallbackKey.signatureOf(AgreementId.newId());
        store.workflowCallbacks().park(key, "token-1", TestData.NOW.plus(Duration.ofDays(1)));

        store.workflowCallbacks().park(key, "token-2", TestData.NOW.plus(Duration.ofDays(2)));

        assertThat(store.workflowCallbacks().find(key)).map(ParkedCallback::taskToken).contains("token-2");
    }

    @Test
    void clearsOnlyTheTokenItWasGiven() {
        CallbackKey key = CallbackKey.decisionOn(ApplicationId.newId());
        store.workflowCallbacks().park(key, "old-token", TestData.NOW.plus(Duration.ofDays(1)));
        store.workflowCallbacks().park(key, "new-token", TestData.NOW.plus(Duration.ofDays(1)));

        assertThat(store.workflowCallbacks().clear(key, "old-token")).isFalse();
        assertThat(store.workflowCallbacks().find(key)).map(ParkedCallback::taskToken).contains("new-token");

        assertThat(store.workflowCallbacks().clear(key, "new-token")).isTrue();
        assertThat(store.workflowCallbacks().find(key)).isEmpty();
        assertThat(store.workflowCallbacks().clear(key, "new-token")).isFalse();
    }

    @Test
    void stillReturnsATimedOutTokenUntilItsRetentionEnds() {
        CallbackKey recent = CallbackKey.decisionOn(ApplicationId.newId());
        CallbackKey old = CallbackKey.decisionOn(ApplicationId.newId());
        store.workflowCallbacks().park(recent, "token-recent", TestData.NOW.minus(Duration.ofHours(1)));
        store.workflowCallbacks().park(old, "token-old", TestData.NOW.minus(Duration.ofDays(2)));

        assertThat(store.workflowCallbacks().find(recent)).isPresent();
        assertThat(store.workflowCallbacks().find(old)).isEmpty();
    }

    @Test
    void aTokenSurvivesStatusChangesOfTheApplicationItWaitsFor() {
        CustomerApplication application = store.applications().create(TestData.application(
                TestData.organisationsnummer(), ApplicationStatus.SUBMITTED, TestData.NOW));
        CallbackKey key = CallbackKey.decisionOn(application.id());
        store.workflowCallbacks().park(key, "token-1", TestData.NOW.plus(Duration.ofDays(30)));

        store.applications().transition(application.approve(Actor.operator("op-1", "Olle Operatör"), TestData.NOW),
                ApplicationStatus.SUBMITTED);

        assertThat(store.workflowCallbacks().find(key)).map(ParkedCallback::taskToken).contains("token-1");
    }
}
