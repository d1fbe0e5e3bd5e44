package se.inera.kundportal.functions.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.agreement.SignAgreement;
import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.functions.bankid.AnimatedQrCode;
import se.inera.kundportal.functions.bankid.BankIdException;
import se.inera.kundportal.functions.bankid.CollectResult.Status;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

class SigningHandlersTest {
    private final InMemoryWorld world = new InMemoryWorld();
    private final SignWithBankId signing = world.signWithBankId();
    private final ViewSigningPageHandler view = new ViewSigningPageHandler(signing);
    private final StartBankIdSigningHandler start = new StartBankIdSigningHandler(signing);
    private final CollectBankIdSigningHandler collect = new CollectBankIdSigningHandler(signing);

    private static APIGatewayV2HTTPEvent event(String functionAndScenario) {
        return ApiEvents.load(functionAndScenario + ".json");
    }

    private static LinkId linkOf(APIGatewayV2HTTPEvent event) {
        return new LinkId(event.getPathParameters().get("linkId"));
    }

    private Agreement pendingAgreement() {
        return world.agreementAwaitingSignature(linkOf(event("view-signing-page/pending-agreement")));
    }

    private APIGatewayV2HTTPResponse view() {
        return view.handleRequest(event("view-signing-page/pending-agreement"), null);
    }

    private APIGatewayV2HTTPResponse start() {
        return start.handleRequest(event("start-bank-id-signing/start-signature"), null);
    }

    private APIGatewayV2HTTPResponse collect() {
        return collect.handleRequest(event("collect-bank-id-signing/collect-signature"), null);
    }

    @Test
    void showsTheAgreementOrganisationAndApplicationWithoutChangingAnything() {
        Agreement agreement = pendingAgreement();
        var auditBefore = world.audit.actions().size();

        APIGatewayV2HTTPResponse response = view();

        JsonNode body = assertResponse(response, 200);
        assertThat(response.getHeaders()).containsEntry("Cache-Control", "no-store")
                .containsEntry("Referrer-Policy", "no-referrer");
        assertThat(body.path("agreement").path("title").asText()).isEqualTo("Kundavtal 2");
        assertThat(body.path("agreement").path("version").asText()).isEqualTo(agreement.documentVersion());
        assertThat(body.path("agreement").path("text").asText()).contains("Personuppgiftsbiträdesavtal");
        assertThat(body.path("agreement").path("sha256").asText()).isEqualTo(agreement.documentHash());
        assertThat(body.path("organisation").path("name").asText()).isEqualTo("Vårdbolaget Exempel AB");
        assertThat(body.path("signatory").path("name").asText()).isEqualTo("Anna Andersson");
        assertThat(body.path("signatory").path("personnummer").asText()).isEqualTo("19850101-****");
        assertThat(body.path("application").path("administrator").path("email").asText())
                .isEqualTo("anna.admin@vardbolaget.example.se");
        assertThat(world.agreements.get(agreement.id())).isEqualTo(agreement);
        assertThat(world.audit.actions()).hasSize(auditBefore);
        assertThat(world.bankId.orders).isEmpty();
    }

    @Test
    void anUnknownOrMalformedLinkIsNotFound() {
        pendingAgreement();

        for (String scenario : new String[] {"unknown-link", "malformed-link"}) {
            assertResponse(view.handleRequest(event("view-signing-page/" + scenario), null), 404);
            assertResponse(start.handleRequest(event("start-bank-id-signing/" + scenario), null), 404);
            assertResponse(collect.handleRequest(event("collect-bank-id-signing/" + scenario), null), 404);
        }
        assertThat(world.bankId.orders).isEmpty();
    }

    @Test
    void anExpiredLinkIsGoneAndStartsNoSignature() {
        world.agreementAwaitingSignature(linkOf(event("view-signing-page/pending-agreement")),
                InMemoryWorld.NOW.plus(1, ChronoUnit.DAYS));
        world.clock.advance(Duration.ofDays(2));

        assertThat(assertResponse(view(), 410).path("message").asText()).contains("har gått ut");
        assertResponse(start(), 410);
        assertResponse(collect(), 410);
        assertThat(world.bankId.orders).isEmpty();
    }

    @Test
    void aLinkWhoseAgreementTheWorkflowExpiredIsGoneEverywhereAndSaysWhomToContact() {
        Agreement agreement = world.agreementAwaitingSignature(linkOf(event("view-signing-page/pending-agreement")),
                InMemoryWorld.NOW.plus(1, ChronoUnit.DAYS));
        world.clock.advance(Duration.ofDays(2));
        // "Expire Agreement" has run: the agreement no longer answers to its link
        world.agreements.transition(agreement.expire(world.clock), AgreementStatus.PENDING_SIGNATURE);

        for (APIGatewayV2HTTPResponse response : new APIGatewayV2HTTPResponse[] {view(), start(), collect()}) {
            assertThat(assertResponse(response, 410).path("message").asText())
                    .contains("har gått ut").contains("Ineras kundservice");
        }
        assertThat(world.bankId.orders).isEmpty();
    }

    @Test
    void aLinkThatExpiredAfterBankIdWasStartedIsGoneOnCollectToo() {
        world.agreementAwaitingSignature(linkOf(event("view-signing-page/pending-agreement")),
                InMemoryWorld.NOW.plus(1, ChronoUnit.DAYS));
        assertResponse(start(), 200);
        world.clock.advance(Duration.ofDays(2));

        assertThat(assertResponse(collect(), 410).path("message").asText()).contains("har gått ut");
        assertThat(assertResponse(view(), 410).path("message").asText()).contains("har gått ut");
    }

    @Test
    void startsASignatureOnlyTheSignatoryCanMakeShowingTheAgreementAndBindingItsText() {
        Agreement agreement = pendingAgreement();

        JsonNode body = assertResponse(start(), 200);

        BankId.SignRequest order = world.bankId.orders.get(0);
        assertThat(order.signatory().value()).isEqualTo("198501019817");
        assertThat(order.endUserIp()).isEqualTo("192.0.2.15");
        assertThat(order.visibleText()).contains("Kundavtal 2").contains("version 2.0")
                .contains("Vårdbolaget Exempel AB").contains("559900-1236");
        assertThat(order.documentDigest()).isEqualTo(AgreementDocument.current().sha256());
        assertThat(AgreementDocument.current().hash()).isEqualTo(agreement.documentHash());

        assertThat(body.path("orderRef").asText()).isEqualTo("order-ref-1");
        assertThat(body.path("autoStartToken").asText()).isEqualTo("auto-start-1");
        assertThat(body.path("qrData").asText()).isEqualTo(
                AnimatedQrCode.at("qr-start-token-1", "qr-start-secret-1", InMemoryWorld.NOW, InMemoryWorld.NOW));
        assertThat(start().getBody()).doesNotContain("qr-start-secret");
    }

    @Test
    void startingAgainCancelsTheEarlierOrderSoBankIdDoesNotRefuseBoth() {
        pendingAgreement();
        assertResponse(start(), 200);

        assertResponse(start(), 200);

        assertThat(world.bankId.cancelled).containsExactly("order-ref-1");
    }

    @Test
    void whilePendingCollectGivesBankIdsSwedishHintAndTheCurrentQrCode() {
        pendingAgreement();
        assertResponse(start(), 200);
        world.clock.advance(Duration.ofSeconds(3));
        world.bankId.hint("userSign");

        JsonNode body = assertResponse(collect(), 200);

        assertThat(body.path("status").asText()).isEqualTo("pending");
        assertThat(body.path("hintCode").asText()).isEqualTo("userSign");
        assertThat(body.path("message").asText()).contains("säkerhetskod");
        assertThat(body.path("qrData").asText()).isEqualTo(AnimatedQrCode.at("qr-start-token-1",
                "qr-start-secret-1", InMemoryWorld.NOW, InMemoryWorld.NOW.plusSeconds(3)));
        assertThat(body.path("qrData").asText()).startsWith("bankid.qr-start-token-1.3.");
    }

    @Test
    void anUnknownHintCodeGetsTheGenericMessage() {
        pendingAgreement();
        assertResponse(start(), 200);
        world.bankId.hint("someFutureHint");
        world.bankId.willAnswer(Status.FAILED);

        JsonNode body = assertResponse(collect(), 200);

        assertThat(body.path("status").asText()).isEqualTo("failed");
        assertThat(body.path("message").asText()).isEqualTo("Okänt fel. Försök igen.");
    }

    @Test
    void onCompletionRecordsTheSignatureThenResumesTheWorkflow() {
        Agreement agreement = pendingAgreement();
        assertResponse(start(), 200);
        world.bankId.willAnswer(Status.COMPLETE);

        JsonNode body = assertResponse(collect(), 200);

        assertThat(body.path("status").asText()).isEqualTo("complete");
        Agreement signed = world.agreements.get(agreement.id());
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.evidence()).get().isInstanceOfSatisfying(BankIdSignature.class, evidence -> {
            assertThat(evidence.signer()).isEqualTo(InMemoryWorld.SIGNATORY);
            assertThat(evidence.orderRef()).isEqualTo("order-ref-1");
            assertThat(evidence.signature()).isEqualTo("PFhNTFNpZ25hdHVyZT4=");
            assertThat(evidence.ocspResponse()).isEqualTo("TUlJSE9DU1A=");
            assertThat(evidence.documentHash()).isEqualTo(agreement.documentHash());
        });
        assertThat(world.organisations.get(InMemoryWorld.ORGANISATION).agreementStanding())
                .isEqualTo(AgreementStanding.SIGNED);
        assertThat(world.applications.findByOrganisation(InMemoryWorld.ORGANISATION).get(0).status())
                .isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(world.workflow.signed).containsExactly(agreement.id());
    }

    @Test
    void aSignatureBankIdCompletedIsRecordedOnTheNextCollectWhenStoringItFailed() {
        Agreement agreement = pendingAgreement();
        SignWithBankId signing = signingWhereRecordingFailsOnce();
        assertResponse(new StartBankIdSigningHandler(signing).handleRequest(
                event("start-bank-id-signing/start-signature"), null), 200);
        world.bankId.willAnswer(Status.COMPLETE); // BankID reports a completed order once; then only pending
        CollectBankIdSigningHandler collect = new CollectBankIdSigningHandler(signing);

        assertResponse(collect.handleRequest(event("collect-bank-id-signing/collect-signature"), null), 500);
        JsonNode retried = assertResponse(collect.handleRequest(
                event("collect-bank-id-signing/collect-signature"), null), 200);

        assertThat(retried.path("status").asText()).isEqualTo("complete");
        assertThat(world.bankId.orders).hasSize(1);
        assertThat(world.agreements.get(agreement.id()).evidence()).get()
                .isInstanceOfSatisfying(BankIdSignature.class,
                        evidence -> assertThat(evidence.signature()).isEqualTo("PFhNTFNpZ25hdHVyZT4="));
        assertThat(world.workflow.signed).containsExactly(agreement.id());
    }

    @Test
    void startingAgainAfterBankIdCompletedRecordsTheKeptSignatureInsteadOfSigningTwice() {
        Agreement agreement = pendingAgreement();
        SignWithBankId signing = signingWhereRecordingFailsOnce();
        StartBankIdSigningHandler start = new StartBankIdSigningHandler(signing);
        assertResponse(start.handleRequest(event("start-bank-id-signing/start-signature"), null), 200);
        world.bankId.willAnswer(Status.COMPLETE);
        assertResponse(new CollectBankIdSigningHandler(signing).handleRequest(
                event("collect-bank-id-signing/collect-signature"), null), 500);

        JsonNode again = assertResponse(start.handleRequest(event("start-bank-id-signing/start-signature"), null), 410);

        assertThat(again.path("message").asText()).contains("redan signerat");
        assertThat(world.agreements.get(agreement.id()).isSigned()).isTrue();
        assertThat(world.bankId.orders).hasSize(1);
        assertThat(world.bankId.cancelled).isEmpty();
    }

    @Test
    void aLinkUsedAfterCompletionIsGoneWithAClearMessage() {
        pendingAgreement();
        assertResponse(start(), 200);
        world.bankId.willAnswer(Status.COMPLETE);
        assertResponse(collect(), 200);

        assertThat(assertResponse(view(), 410).path("message").asText()).contains("redan signerat");
        assertResponse(start(), 410);
        assertResponse(collect(), 410);
        assertThat(world.bankId.orders).hasSize(1);
        assertThat(world.workflow.signed).hasSize(1);
    }

    @Test
    void aSignatureByAnotherPersonIsRefusedAndNotRecorded() {
        Agreement agreement = pendingAgreement();
        assertResponse(start(), 200);
        world.bankId.completedBy("191212121212");
        world.bankId.willAnswer(Status.COMPLETE);

        assertResponse(collect(), 403);

        assertThat(world.agreements.get(agreement.id()).status()).isEqualTo(AgreementStatus.PENDING_SIGNATURE);
        assertThat(world.workflow.signed).isEmpty();
    }

    @Test
    void theSignatureStaysRecordedWhenTheWorkflowCannotBeReached() {
        Agreement agreement = pendingAgreement();
        assertResponse(start(), 200);
        world.bankId.willAnswer(Status.COMPLETE);
        world.workflow.failWith(new IllegalStateException("Step Functions unreachable"));

        assertThat(assertResponse(collect(), 200).path("status").asText()).isEqualTo("complete");
        assertThat(world.agreements.get(agreement.id()).isSigned()).isTrue();
    }

    @Test
    void collectingBeforeAnyStartIsNotFound() {
        pendingAgreement();

        assertThat(assertResponse(collect(), 404).path("message").asText()).contains("Starta signeringen");
    }

    @Test
    void bankIdDownIs503AndAnOrderAlreadyInProgressIs409() {
        pendingAgreement();
        world.bankId.signFails(new BankIdException(503, "maintenance", "Service unavailable"));
        assertThat(assertResponse(start(), 503).path("message").asText()).contains("BankID");

        world.bankId.signFails(new BankIdException(400, "alreadyInProgress", "Order already in progress for pno"));
        assertThat(assertResponse(start(), 409).path("message").asText()).contains("Försök igen");
    }

    /** Signing whose first attempt to record the signature fails, as when DynamoDB throttles. */
    private SignWithBankId signingWhereRecordingFailsOnce() {
        AtomicBoolean storageDown = new AtomicBoolean(true);
        SignAgreement failingOnce = new SignAgreement() {
            @Override
            public Agreement open(LinkId link) {
                return world.signAgreement.open(link);
            }

            @Override
            public Agreement sign(SignCommand command) {
                if (storageDown.getAndSet(false)) {
                    throw new IllegalStateException("DynamoDB: ProvisionedThroughputExceededException");
                }
                return world.signAgreement.sign(command);
            }
        };
        return world.signWithBankId(failingOnce);
    }
}
