package se.inera.kundportal.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.SIGNATORY_PNR;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.testing.AnsweringBankId;
import se.inera.kundportal.core.testing.InMemoryBankIdStarts;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.InMemorySigningSessions;
import se.inera.kundportal.core.testing.ManualClock;

/** The signing rules with core's in-memory ports and a BankID that answers as told. */
class SignWithBankIdServiceTest {
    private static final AgreementText TEXT = new AgreementText("Kundavtal 2", "2.0", "Avtalstext\n", "ab12");

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    private final InMemorySigningSessions sessions = new InMemorySigningSessions();
    private final AnsweringBankId bankId = new AnsweringBankId();
    private final InMemoryBankIdStarts starts = new InMemoryBankIdStarts();
    private final List<AgreementId> told = new ArrayList<>();
    private final SignWithBankIdService signing = new SignWithBankIdService(new SignAgreementService(agreements,
            organisations, applications, new InMemoryPorts.Audit(), clock), agreements, organisations, applications,
            sessions, version -> TEXT, bankId, told::add, starts, clock);
    private final LinkId link = LinkId.random(new SecureRandom());

    private Agreement pending() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.AWAITING_SIGNATURE,
                NOW, 0));
        return agreements.create(Agreement.sentForSignature(AgreementId.newId(), REGION_STOCKHOLM, TEXT.version(),
                TEXT.hash(), SIGNATORY_PNR, link, NOW, NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void onlyTheSignatoryCanBeAskedToSignAndTheSignatureIsRecordedThenTheWorkflowTold() {
        Agreement agreement = pending();

        signing.start(link, "192.0.2.1");
        assertThat(bankId.requests).singleElement().satisfies(request -> {
            assertThat(request.signatory()).isEqualTo(SIGNATORY_PNR);
            assertThat(request.documentDigest()).isEqualTo(TEXT.digest());
        });
        bankId.next = complete(SIGNATORY_PNR.value());
        SignWithBankId.Progress progress = signing.collect(link);

        assertThat(progress.status()).isEqualTo(BankId.Status.COMPLETE);
        assertThat(agreements.get(agreement.id()).isSigned()).isTrue();
        assertThat(told).containsExactly(agreement.id());
        assertThatThrownBy(() -> signing.open(link)).isInstanceOf(GoneException.class)
                .hasMessage(Messages.ALREADY_SIGNED);
    }

    @Test
    void oneSigningLinkStartsAtMostTheLimitOfBankIdOrdersThenGets429WithoutANewOrder() {
        pending();
        for (int i = 0; i < BankIdStarts.MAX_PER_LINK; i++) {
            signing.start(link, "192.0.2.1");
        }

        assertThatThrownBy(() -> signing.start(link, "192.0.2.1")).isInstanceOf(TooManyRequestsException.class)
                .hasMessage(Messages.BANKID_TOO_MANY_ORDERS);
        assertThat(bankId.requests).as("no order started past the limit").hasSize(BankIdStarts.MAX_PER_LINK);
        assertThat(sessions.find(link)).as("the last order is still the one to collect").isPresent();
    }

    @Test
    void aCompletionByAnotherPersonIsRefusedAndRecordsNothing() {
        Agreement agreement = pending();
        signing.start(link, "192.0.2.1");
        bankId.next = complete("198501019817");

        assertThatThrownBy(() -> signing.collect(link)).isInstanceOf(NotAllowedException.class)
                .hasMessage(Messages.WRONG_SIGNATORY);
        assertThat(agreements.get(agreement.id()).isSigned()).isFalse();
        assertThat(told).isEmpty();
    }

    @Test
    void anExpiredLinkIsGoneAndAnUnknownOneNotFound() {
        pending();
        sessions.linkIssued(link, agreements.findBySigningLink(link).orElseThrow().id(), NOW.plus(Duration.ofDays(14)));
        clock.advance(Duration.ofDays(15));

        assertThatThrownBy(() -> signing.open(link)).isInstanceOf(GoneException.class)
                .hasMessage(Messages.SIGNING_LINK_EXPIRED);
        assertThatThrownBy(() -> signing.open(LinkId.random(new SecureRandom())))
                .isInstanceOf(NotFoundException.class).hasMessage(Messages.UNKNOWN_SIGNING_LINK);
    }

    @Test
    void theLinkOfAFailedOnboardingIsGoneWithItsOwnReason() {
        Agreement agreement = pending();
        sessions.linkIssued(link, agreement.id(), agreement.expiresAt());
        agreements.transition(agreement.failed(), AgreementStatus.PENDING_SIGNATURE);

        assertThatThrownBy(() -> signing.open(link)).isInstanceOf(GoneException.class)
                .hasMessage(Messages.SIGNING_STOPPED);
    }

    @Test
    void bankIdRefusingBecauseAnotherOrderRanIsAConflictTheSignatoryCanRetry() {
        pending();
        bankId.refuseSign = true;

        assertThatThrownBy(() -> signing.start(link, "192.0.2.1")).isInstanceOf(ConflictException.class)
                .hasMessage(Messages.BANKID_ALREADY_IN_PROGRESS);
    }

    @Test
    void pendingAndFailedOrdersGetBankIdsRecommendedTextsAndUnknownHintsTheGenericOne() {
        pending();
        signing.start(link, "192.0.2.1");
        bankId.next = new BankId.Collected(BankId.Status.PENDING, Optional.of("outstandingTransaction"),
                Optional.empty());
        assertThat(signing.collect(link).message()).isEqualTo("Starta BankID-appen.");
        bankId.next = new BankId.Collected(BankId.Status.PENDING, Optional.of("brandNewHint"), Optional.empty());
        assertThat(signing.collect(link).message()).isEqualTo(Messages.BANKID_IN_PROGRESS);
        bankId.next = new BankId.Collected(BankId.Status.FAILED, Optional.empty(), Optional.empty());
        assertThat(signing.collect(link).message()).isEqualTo(Messages.BANKID_UNKNOWN_FAILURE);
    }

    @Test
    void theTextShownInTheAppEscapesMarkdownInNames() {
        String text = SignWithBankIdService.visibleText(TEXT, "Vård*bolaget #1 | AB", "559900-1236");

        assertThat(text).contains("Vård\\*bolaget \\#1 \\| AB");
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThan(40_000);
    }

    private static BankId.Collected complete(String personalNumber) {
        return new BankId.Collected(BankId.Status.COMPLETE, Optional.empty(), Optional.of(
                new BankId.Completion(personalNumber, "Sven Signatär", "PFhNTD4=", "b2NzcA==")));
    }
}
