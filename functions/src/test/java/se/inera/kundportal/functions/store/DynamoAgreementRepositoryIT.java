package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.agreement.RegisteredExistingAgreement;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoAgreementRepositoryIT {
    private static final Clock CLOCK = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Personnummer SIGNATORY = new Personnummer("191212121212");
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), CLOCK);
    }

    private static Agreement sentForSignature(Organisationsnummer organisation, Instant createdAt) {
        return Agreement.sentForSignature(AgreementId.newId(), organisation, "2.4", "sha256-abc", SIGNATORY,
                LinkId.random(RANDOM), createdAt, createdAt.plus(Duration.ofDays(30)));
    }

    private static BankIdSignature signature() {
        return new BankIdSignature(SIGNATORY, "Sigrid Signatär", TestData.NOW, "order-ref-1", "PHNpZ25hdHVyZS8+",
                "b2NzcA==", "sha256-abc");
    }

    @Test
    void createsAnAgreementAndFindsItByIdAndBySigningLink() {
        Agreement created = store.agreements().create(sentForSignature(TestData.organisationsnummer(), TestData.NOW));

        assertThat(created.version()).isEqualTo(1);
        assertThat(store.agreements().findById(created.id())).contains(created);
        assertThat(store.agreements().findBySigningLink(created.signingLink().orElseThrow())).contains(created);
        assertThat(store.agreements().findBySigningLink(LinkId.random(RANDOM))).isEmpty();
    }

    @Test
    void storesAnExistingAgreementRegisteredByInera() {
        Agreement registered = Agreement.registeredExisting(AgreementId.newId(), TestData.organisationsnummer(), "2.1",
                new RegisteredExistingAgreement(Actor.operator("op-1", "Olle Operatör"),
                        Instant.parse("2024-03-01T00:00:00Z"), "Dnr 2024/123"), TestData.NOW);

        Agreement created = store.agreements().create(registered);

        assertThat(store.agreements().get(registered.id())).isEqualTo(created);
    }

    @Test
    void refusesToCreateTheSameAgreementTwice() {
        Agreement created = store.agreements().create(sentForSignature(TestData.organisationsnummer(), TestData.NOW));

        assertThatThrownBy(() -> store.agreements().create(created.withVersion(0)))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void listsAnOrganisationsAgreementsNewestFirst() {
        Organisationsnummer organisation = TestData.organisationsnummer();
        Agreement older = store.agreements().create(sentForSignature(organisation, TestData.NOW.minusSeconds(3600)));
        Agreement newer = store.agreements().create(sentForSignature(organisation, TestData.NOW));

        assertThat(store.agreements().findByOrganisation(organisation)).containsExactly(newer, older);
    }

    @Test
    void signsOnceAndTheSigningLinkStopsFindingTheAgreement() {
        Agreement created = store.agreements().create(sentForSignature(TestData.organisationsnummer(), TestData.NOW));
        Agreement signed = created.sign(signature(), CLOCK);

        Agreement stored = store.agreements().transition(signed, AgreementStatus.PENDING_SIGNATURE);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(store.agreements().get(created.id())).isEqualTo(stored);
        assertThat(store.agreements().findBySigningLink(created.signingLink().orElseThrow())).isEmpty();
        assertThatThrownBy(() -> store.agreements().transition(signed, AgreementStatus.PENDING_SIGNATURE))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
                    assertThat(e.actual()).contains("SIGNED");
                    assertThat(e.getMessage()).isEqualTo(Messages.ALREADY_SIGNED);
                });
        assertThat(store.agreements().get(created.id())).isEqualTo(stored);
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        Agreement created = store.agreements().create(sentForSignature(TestData.organisationsnummer(), TestData.NOW));
        Agreement updated = store.agreements().update(created);

        assertThat(updated.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.agreements().update(created)).isInstanceOf(StaleVersionException.class);
        assertThat(store.agreements().get(created.id()).version()).isEqualTo(2);
    }
}
