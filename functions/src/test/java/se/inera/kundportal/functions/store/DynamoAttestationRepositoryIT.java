package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.attestation.AttestationLink;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.attestation.SmsChallenge;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoAttestationRepositoryIT {
    private static final Clock CLOCK = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock MINUTE_LATER = Clock.offset(CLOCK, SmsChallenge.RESEND_INTERVAL);
    private static DynamoStore store;
    private static DynamoTable table;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), CLOCK);
        table = new DynamoTable(standIns.dynamoDb(), standIns.tableName(), CLOCK);
    }

    private static AttestationLink link(OrderId order, Instant createdAt, Instant expiresAt) {
        return AttestationLink.issued(LinkId.random(RANDOM), order, TestData.organisationsnummer(), UserId.newId(),
                AttestingParty.CUSTOMER, createdAt, expiresAt);
    }

    private static AttestationLink usableLink() {
        return link(OrderId.newId(), TestData.NOW, TestData.NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void createsALinkAndFindsItByItsId() {
        AttestationLink created = store.attestations().createLink(usableLink());

        assertThat(created.version()).isEqualTo(1);
        assertThat(store.attestations().findLink(created.id())).contains(created);
    }

    @Test
    void findsNoLinkForAnUnknownId() {
        assertThat(store.attestations().findLink(LinkId.random(RANDOM))).isEmpty();
    }

    @Test
    void refusesToCreateTheSameLinkTwice() {
        AttestationLink created = store.attestations().createLink(usableLink());

        assertThatThrownBy(() -> store.attestations().createLink(created.withVersion(0)))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void stillFindsAnExpiredLinkSoTheDomainCanSayItExpired() {
        AttestationLink expired = store.attestations().createLink(link(OrderId.newId(),
                TestData.NOW.minus(Duration.ofDays(20)), TestData.NOW.minus(Duration.ofDays(6))));

        assertThat(store.attestations().findLink(expired.id())).contains(expired);
    }

    @Test
    void treatsALinkPastItsRetentionAsGoneEvenBeforeTtlDeletesIt() {
        // dynalite never deletes TTL items, and DynamoDB may do so days late
        AttestationLink ancient = store.attestations().createLink(link(OrderId.newId(),
                TestData.NOW.minus(Duration.ofDays(60)), TestData.NOW.minus(Duration.ofDays(31))));

        assertThat(store.attestations().findLink(ancient.id())).isEmpty();
        assertThat(store.attestations().findLinksByOrder(ancient.order())).isEmpty();
    }

    @Test
    void listsTheLinksOfAnOrderOldestFirst() {
        OrderId order = OrderId.newId();
        AttestationLink first = store.attestations().createLink(link(order, TestData.NOW.minusSeconds(60),
                TestData.NOW.plus(Duration.ofDays(14))));
        AttestationLink second = store.attestations().createLink(link(order, TestData.NOW,
                TestData.NOW.plus(Duration.ofDays(14))));
        store.attestations().createLink(usableLink()); // another order's

        assertThat(store.attestations().findLinksByOrder(order)).containsExactly(first, second);
    }

    @Test
    void marksALinkUsedOnceAndRefusesAStaleSecondUse() {
        AttestationLink created = store.attestations().createLink(usableLink());

        AttestationLink used = store.attestations().updateLink(created.markUsed(CLOCK));

        assertThat(used.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.attestations().updateLink(created.markUsed(CLOCK)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.attestations().findLink(created.id())).contains(used);
        // the use case records it; the adapter writes no audit of its own
        assertThat(store.auditLog().findBySubject(AuditSubject.of(AuditSubject.Type.ORDER, created.order()),
                PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void refusesToUpdateALinkThatWasNeverCreated() {
        AttestationLink neverStored = usableLink().withVersion(1);

        assertThatThrownBy(() -> store.attestations().updateLink(neverStored)).isInstanceOf(NotFoundException.class);
        assertThat(store.attestations().findLink(neverStored.id())).isEmpty();
    }

    @Test
    void storesAChallengeAndFindsItByItsLink() {
        AttestationLink link = store.attestations().createLink(usableLink());
        SmsChallenge issued = SmsChallenge.issue(link.id(), link.order(), link.attestant(), RANDOM, CLOCK).challenge();

        SmsChallenge stored = store.attestations().replaceChallenge(issued);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(store.attestations().findChallenge(link.id())).contains(stored);
        assertThat(store.attestations().findChallenge(LinkId.random(RANDOM))).isEmpty();
    }

    @Test
    void aResentCodeReplacesTheOldOne() {
        AttestationLink link = store.attestations().createLink(usableLink());
        SmsChallenge first = store.attestations().replaceChallenge(
                SmsChallenge.issue(link.id(), link.order(), link.attestant(), RANDOM, CLOCK).challenge());
        store.attestations().updateChallenge(first.verify("000000", CLOCK).challenge());

        SmsChallenge.Issued resent = SmsChallenge.issue(link.id(), link.order(), link.attestant(),
                store.attestations().findChallenge(link.id()), link.expiresAt(), RANDOM, MINUTE_LATER);
        SmsChallenge second = store.attestations().replaceChallenge(resent.challenge());

        assertThat(store.attestations().findChallenge(link.id())).contains(second);
        assertThat(second.failedAttempts()).isZero();
        assertThat(second.codesSent()).isEqualTo(2);
    }

    @Test
    void twoSendsAfterTheSameCodeStoreOneAndTheCountOutlivesTheCode() {
        AttestationLink link = store.attestations().createLink(usableLink());
        SmsChallenge first = store.attestations().replaceChallenge(SmsChallenge.issue(link.id(), link.order(),
                link.attestant(), Optional.empty(), link.expiresAt(), RANDOM, CLOCK).challenge());
        SmsChallenge one = SmsChallenge.issue(link.id(), link.order(), link.attestant(), Optional.of(first),
                link.expiresAt(), RANDOM, MINUTE_LATER).challenge();
        SmsChallenge other = SmsChallenge.issue(link.id(), link.order(), link.attestant(), Optional.of(first),
                link.expiresAt(), RANDOM, MINUTE_LATER).challenge();

        store.attestations().replaceChallenge(one);

        assertThatThrownBy(() -> store.attestations().replaceChallenge(other))
                .isInstanceOf(StaleVersionException.class);
        // a second "first" code (a request that read no challenge) is refused too
        assertThatThrownBy(() -> store.attestations().replaceChallenge(SmsChallenge.issue(link.id(), link.order(),
                link.attestant(), Optional.empty(), link.expiresAt(), RANDOM, MINUTE_LATER).challenge()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.attestations().findChallenge(link.id()).map(SmsChallenge::salt)).contains(one.salt());
        // the code expired long ago, the link still works: the count is still there
        Map<String, AttributeValue> item = table.get(Keys.smsChallenge(link.id())).orElseThrow();
        assertThat(Long.parseLong(item.get(Keys.TTL).n()))
                .isGreaterThan(link.expiresAt().getEpochSecond());
    }

    @Test
    void countsAWrongCodeAndRefusesAParallelGuessOnTheSameVersion() {
        AttestationLink link = store.attestations().createLink(usableLink());
        SmsChallenge stored = store.attestations().replaceChallenge(
                SmsChallenge.issue(link.id(), link.order(), link.attestant(), RANDOM, CLOCK).challenge());
        SmsChallenge wrongGuess = stored.verify("000000", CLOCK).challenge();
        SmsChallenge parallelGuess = stored.verify("111111", CLOCK).challenge();

        SmsChallenge counted = store.attestations().updateChallenge(wrongGuess);

        assertThatThrownBy(() -> store.attestations().updateChallenge(parallelGuess))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.attestations().findChallenge(link.id())).contains(counted);
        assertThat(counted.version()).isEqualTo(2);
    }

    @Test
    void refusesToCountAnAttemptOnACodeThatWasReplaced() {
        AttestationLink link = store.attestations().createLink(usableLink());
        SmsChallenge old = store.attestations().replaceChallenge(
                SmsChallenge.issue(link.id(), link.order(), link.attestant(), RANDOM, CLOCK).challenge());
        SmsChallenge replacement = store.attestations().replaceChallenge(SmsChallenge.issue(link.id(), link.order(),
                link.attestant(), Optional.of(old), link.expiresAt(), RANDOM, MINUTE_LATER).challenge());

        // same version number (1) as the replacement, but another code: must not overwrite it
        assertThatThrownBy(() -> store.attestations().updateChallenge(old.verify("000000", CLOCK).challenge()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.attestations().findChallenge(link.id())).contains(replacement);
    }

    @Test
    void refusesToUpdateAChallengeThatWasNeverIssued() {
        SmsChallenge neverStored = SmsChallenge.issue(LinkId.random(RANDOM), OrderId.newId(), UserId.newId(), RANDOM,
                CLOCK).challenge().withVersion(1);

        assertThatThrownBy(() -> store.attestations().updateChallenge(neverStored))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.attestations().findChallenge(neverStored.link())).isEmpty();
    }

    @Test
    void treatsAChallengePastItsRetentionAsGone() {
        AttestationLink link = store.attestations().createLink(usableLink());
        Clock twoDaysAgo = Clock.fixed(TestData.NOW.minus(Duration.ofDays(2)), ZoneOffset.UTC);
        store.attestations().replaceChallenge(
                SmsChallenge.issue(link.id(), link.order(), link.attestant(), RANDOM, twoDaysAgo).challenge());

        assertThat(store.attestations().findChallenge(link.id())).isEmpty();
    }
}
