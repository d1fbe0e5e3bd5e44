package se.inera.kundportal.functions.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.SignAgreementService;
import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.agreement.SignWithBankIdService;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.functions.bankid.BankIdAdapter;
import se.inera.kundportal.functions.bankid.CollectResult.Status;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.wiring.InMemoryWorld;
import se.inera.kundportal.functions.wiring.RecordingWorkflow;
import se.inera.kundportal.functions.wiring.ScriptedBankId;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

/**
 * The signing routes over the real DynamoDB adapters (dynalite): the agreement is found through the
 * signing-link index, the signature is the conditional write, and the link answers 410 afterwards
 * (signed or expired) because the signing link's items remember it.
 */
@StandIns(StandIn.DYNAMODB)
class SigningWithDynamoIT {
    private final ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final ScriptedBankId bankId = new ScriptedBankId();
    private final RecordingWorkflow workflow = new RecordingWorkflow();
    private DynamoStore store;
    private DynamoSigningSessions sessions;
    private SignWithBankId signing;
    private LinkId link;
    private Organisationsnummer organisation;

    @BeforeEach
    void setUp(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), clock);
        sessions = new DynamoSigningSessions(standIns.dynamoDb(), standIns.tableName(), clock);
        signing = new SignWithBankIdService(new SignAgreementService(store.agreements(), store.organisations(),
                store.applications(), store.auditLog(), clock), store.agreements(), store.organisations(),
                store.applications(), sessions, AgreementDocument.library(), new BankIdAdapter(bankId),
                workflow::agreementSigned, store.bankIdStarts(), clock);
        link = LinkId.random(new SecureRandom());
        organisation = uniqueOrganisation();
    }

    private APIGatewayV2HTTPEvent event(String functionAndScenario) {
        APIGatewayV2HTTPEvent event = ApiEvents.load(functionAndScenario + ".json");
        event.getPathParameters().put("linkId", link.value());
        return event;
    }

    @Test
    void signsThroughTheLinkAndAnswers410Afterwards() {
        Agreement agreement = agreementAwaitingSignature();

        assertResponse(new ViewSigningPageHandler(signing).handleRequest(
                event("view-signing-page/pending-agreement"), null), 200);
        assertResponse(new StartBankIdSigningHandler(signing).handleRequest(
                event("start-bank-id-signing/start-signature"), null), 200);
        bankId.willAnswer(Status.PENDING, Status.COMPLETE);
        CollectBankIdSigningHandler collect = new CollectBankIdSigningHandler(signing);
        assertThat(assertResponse(collect.handleRequest(event("collect-bank-id-signing/collect-signature"), null), 200)
                .path("status").asText()).isEqualTo("pending");
        clock.advance(java.time.Duration.ofSeconds(2));
        assertThat(assertResponse(collect.handleRequest(event("collect-bank-id-signing/collect-signature"), null), 200)
                .path("status").asText()).isEqualTo("complete");

        assertThat(store.agreements().get(agreement.id()).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(store.organisations().get(organisation).agreementStanding()).isEqualTo(AgreementStanding.SIGNED);
        assertThat(store.applications().findByOrganisation(organisation).get(0).status())
                .isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(workflow.signed).containsExactly(agreement.id());

        assertThat(assertResponse(new ViewSigningPageHandler(signing).handleRequest(
                event("view-signing-page/pending-agreement"), null), 410).path("message").asText())
                .contains("redan signerat");
        assertResponse(collect.handleRequest(event("collect-bank-id-signing/collect-signature"), null), 410);
    }

    @Test
    void aLinkWhoseAgreementExpiredUnusedIsGoneNotUnknown() {
        Agreement agreement = agreementAwaitingSignature();
        clock.advance(Duration.ofDays(15));
        store.agreements().transition(agreement.expire(clock), AgreementStatus.PENDING_SIGNATURE);

        assertThat(assertResponse(new ViewSigningPageHandler(signing).handleRequest(
                event("view-signing-page/pending-agreement"), null), 410).path("message").asText())
                .contains("har gått ut");
        assertResponse(new StartBankIdSigningHandler(signing).handleRequest(
                event("start-bank-id-signing/start-signature"), null), 410);
        assertResponse(new CollectBankIdSigningHandler(signing).handleRequest(
                event("collect-bank-id-signing/collect-signature"), null), 410);
    }

    @Test
    void aLinkNeverIssuedIsNotFound() {
        agreementAwaitingSignature();
        link = LinkId.random(new SecureRandom());

        assertResponse(new ViewSigningPageHandler(signing).handleRequest(
                event("view-signing-page/pending-agreement"), null), 404);
    }

    private Agreement agreementAwaitingSignature() {
        CustomerApplication submitted = store.applications().create(CustomerApplication.submitted(ApplicationId.newId(),
                InMemoryWorld.organisationDetails(organisation), InMemoryWorld.contacts(), clock.instant()));
        CustomerApplication approved = store.applications().transition(
                submitted.approve(Actor.operator("op", "Olle Operatör"), clock.instant()), ApplicationStatus.SUBMITTED);
        store.applications().transition(approved.sentForSignature(clock.instant()), ApplicationStatus.APPROVED);
        store.organisations().register(new Organisation(InMemoryWorld.organisationDetails(organisation),
                AgreementStanding.AWAITING_SIGNATURE, clock.instant(), 0));
        AgreementDocument document = AgreementDocument.current();
        Agreement agreement = store.agreements().create(Agreement.sentForSignature(AgreementId.newId(), organisation,
                document.version(), document.hash(), InMemoryWorld.SIGNATORY, link, clock.instant(),
                clock.instant().plus(14, ChronoUnit.DAYS)));
        sessions.linkIssued(link, agreement.id(), agreement.expiresAt()); // as "Create Customer" does
        return agreement;
    }

    /** A fresh valid organisationsnummer per test (55990N-NNN + check digit), as the table is shared. */
    private static Organisationsnummer uniqueOrganisation() {
        String nine = "55990" + String.format("%04d", new SecureRandom().nextInt(10_000));
        for (int check = 0; check < 10; check++) {
            String candidate = nine.substring(0, 6) + "-" + nine.substring(6) + check;
            if (Organisationsnummer.isValid(candidate)) {
                return Organisationsnummer.parse(candidate);
            }
        }
        throw new AssertionError("no check digit for " + nine);
    }
}
