package se.inera.kundportal.functions.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.SigningSession;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.functions.store.Keys;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@StandIns(StandIn.DYNAMODB)
class DynamoSigningSessionsIT {
    private final ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final Instant linkExpiresAt = clock.instant().plus(14, ChronoUnit.DAYS);
    private final LinkId link = LinkId.random(new SecureRandom());
    private final AgreementId agreement = AgreementId.newId();
    private StandInsEnvironment standIns;
    private DynamoSigningSessions sessions;

    @BeforeEach
    void setUp(StandInsEnvironment standIns) {
        this.standIns = standIns;
        sessions = new DynamoSigningSessions(standIns.dynamoDb(), standIns.tableName(), clock);
    }

    @Test
    void remembersAnIssuedLinkUnderTheKeysOfKeysWithATtlAMonthAfterTheLinkExpires() {
        sessions.linkIssued(link, agreement, linkExpiresAt);
        sessions.save(SigningSession.started(link, agreement, "order-1", "qr-token", "qr-secret", "hash",
                clock.instant(), linkExpiresAt));

        assertThat(sessions.agreementOfLink(link)).contains(agreement);
        assertThat(sessions.find(link)).hasValueSatisfying(session -> {
            assertThat(session.orderRef()).isEqualTo("order-1");
            assertThat(session.linkExpiresAt()).isEqualTo(linkExpiresAt);
        });
        long expectedTtl = linkExpiresAt.plus(Duration.ofDays(30)).getEpochSecond();
        assertThat(item(Keys.signingLinkIssued(link)).get(Keys.TTL).n()).isEqualTo(Long.toString(expectedTtl));
        assertThat(item(Keys.signingSession(link)).get(Keys.TTL).n()).isEqualTo(Long.toString(expectedTtl));
    }

    @Test
    void anExpiredLinkIsStillKnownDuringTheGraceAndForgottenAfterItEvenBeforeDynamoDbDeletesIt() {
        sessions.linkIssued(link, agreement, linkExpiresAt);
        sessions.save(SigningSession.started(link, agreement, "order-1", "qr-token", "qr-secret", "hash",
                clock.instant(), linkExpiresAt));

        clock.advance(Duration.ofDays(14 + 29));
        assertThat(sessions.agreementOfLink(link)).contains(agreement);
        assertThat(sessions.find(link)).isPresent();

        clock.advance(Duration.ofDays(1));
        assertThat(sessions.agreementOfLink(link)).isEmpty();
        assertThat(sessions.find(link)).isEmpty();
    }

    @Test
    void anUnknownLinkIsNeitherIssuedNorStarted() {
        assertThat(sessions.agreementOfLink(link)).isEmpty();
        assertThat(sessions.find(link)).isEmpty();
    }

    private Map<String, AttributeValue> item(Keys.Key key) {
        return standIns.dynamoDb().getItem(request -> request.tableName(standIns.tableName())
                .key(Map.of(Keys.PK, AttributeValue.fromS(key.pk()), Keys.SK, AttributeValue.fromS(key.sk())))).item();
    }
}
