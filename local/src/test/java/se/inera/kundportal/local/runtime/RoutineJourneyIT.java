package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;
import static se.inera.kundportal.local.runtime.Portal.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.inera.kundportal.local.runtime.Portal.Answer;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Issue 10's first acceptance point, through the local gateway with cognito-local tokens and the stand-ins, once
 * for each way of attesting: a registered customer's administrator adds an orderer, an attestant and an agreement
 * contact; the orderer orders a service that needs care units; the attestant opens the mailed link and approves,
 * with the SMS code from the SMS capture or by signing in the BankID simulator's app; customer service is told and
 * records the delivery; the access instructions reach the orderer, the administrator and the agreement contact, and
 * the order's execution succeeds in the engine.
 */
class RoutineJourneyIT extends WithLocalPortal {
    /** The template's default; the local runtime keeps it. */
    private static final String CUSTOMER_SERVICE = "kundservice@inera.se";
    private static final String INSTRUCTIONS = "Logga in på Webcert med SITHS-kort; Vårdcentral Norr är ansluten.";
    /** {@link OrderingIT#ATTESTANTS_PERSONNUMMER} as BankID writes it (and the simulator's test person has it). */
    static final String ATTESTANTS_BANKID_NUMBER = "191212121212";

    /** How the attestant approves the order behind {@code link}: the one step the two journeys differ in. */
    enum Method {
        SMS_CODE {
            @Override
            Answer approve(String link, String mobile) {
                String code = portal.smsCodeSentBy(mobile, () -> portal.call("POST", "/attestation/" + link
                        + "/sms-code", Optional.empty(), Map.of()));
                return portal.call("POST", "/attestation/" + link + "/decision", Optional.empty(),
                        Map.of("approve", true, "code", code));
            }
        },
        BANKID {
            @Override
            Answer approve(String link, String mobile) {
                Answer started = portal.call("POST", "/attestation/" + link + "/bankid", Optional.empty(),
                        Map.of("approve", true)); // the decision is what BankID shows and the attestant signs
                assertThat(started.status()).as(started.raw()).isEqualTo(200);
                assertThat(started.at("/qrData").asText()).startsWith("bankid.");
                assertThat(started.body().has("qrStartSecret")).isFalse();
                String orderRef = started.at("/orderRef").asText();
                Map<String, Object> collect = Map.of("orderRef", orderRef);
                Answer pending = portal.call("POST", "/attestation/" + link + "/bankid/collect", Optional.empty(),
                        collect);
                assertThat(pending.at("/status").asText()).as(pending.raw()).isEqualTo("pending");

                portal.signInBankIdApp(started.at("/autoStartToken").asText(), orderRef, ATTESTANTS_BANKID_NUMBER);
                Answer complete = portal.call("POST", "/attestation/" + link + "/bankid/collect", Optional.empty(),
                        collect);
                assertThat(complete.at("/status").asText()).as(complete.raw()).isEqualTo("complete");
                assertThat(complete.at("/decided/decision").asText()).isEqualTo("APPROVED");
                return complete;
            }
        };

        /** Approves; the last answer of the attestation routes. */
        abstract Answer approve(String link, String mobile);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void anAttestedOrderIsDeliveredAndEveryoneIsToldHowToGetAccess(Method method) {
        String organisation = Portal.organisationsnummer();
        String administratorEmail = email("admin");
        String administrator = portal.registerCustomer(organisation, "Region " + organisation, administratorEmail);
        String ordererEmail = email("bestallare");
        String attestantEmail = email("attestant");
        String attestantsMobile = Portal.mobile();
        String contactEmail = email("avtalskontakt");
        String users = "/organisations/" + organisation + "/users";
        for (Map<String, Object> user : List.of(person("Olof Beställare", ordererEmail, null, "ORDERER"),
                Portal.personWithMobile("Astrid Attestant", attestantEmail, attestantsMobile, OrderingIT.ATTESTANTS_PERSONNUMMER,
                        "ATTESTANT"),
                person("Karin Kontakt", contactEmail, null, "AGREEMENT_CONTACT"))) {
            Answer added = portal.call("POST", users, administrator, user);
            assertThat(added.status()).as(added.raw()).isEqualTo(201);
        }

        // The orderer's first order of Webcert lists all care units, quoted and placed with one Idempotency-Key.
        String orderer = portal.signInFirstTime(ordererEmail);
        String orders = "/organisations/" + organisation + "/orders";
        Map<String, Object> form = OrderingIT.webcertOrder(true, false);
        Answer quote = portal.call("POST", orders + "/quote", orderer, form);
        assertThat(quote.status()).as(quote.raw()).isEqualTo(200);
        assertThat(quote.at("/addOn").asBoolean()).isFalse();
        Answer placed = portal.call("POST", orders, Optional.of(orderer), form,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        String orderId = placed.at("/order/orderId").asText();

        // The attestant follows the mailed link, reads the order (without deciding) and approves it.
        String link = portal.attestationLink(attestantEmail);
        Answer page = portal.call("GET", "/attestation/" + link, Optional.empty(), null);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.at("/orderId").asText()).isEqualTo(orderId);
        assertThat(page.at("/status").asText()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(page.at("/methods").toString()).contains(method.name());
        assertThat(portal.call("GET", orders + "/" + orderId, orderer, null).at("/status").asText())
                .isEqualTo("AWAITING_ATTESTATION");
        Answer approved = method.approve(link, attestantsMobile);
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);

        // Customer service is told, the orderer gets the confirmation, and the operator records the delivery.
        portal.awaitMail(CUSTOMER_SERVICE, text -> text.contains(orderId));
        portal.awaitMail(ordererEmail, text -> text.contains("attesterad"));
        String operator = portal.operatorToken();
        assertThat(portal.call("GET", "/operator/deliveries", operator, null).raw()).contains(orderId);
        Answer delivered = portal.call("POST", "/operator/orders/" + orderId + "/delivery", operator,
                Map.of("accessInstructions", INSTRUCTIONS));
        assertThat(delivered.status()).as(delivered.raw()).isEqualTo(200);

        for (String recipient : List.of(ordererEmail, administratorEmail, contactEmail)) {
            assertThat(portal.awaitMail(recipient, text -> text.contains(INSTRUCTIONS)).subject())
                    .startsWith("Så får ni");
        }
        assertThat(portal.finishedOrderExecution(orderId)).isEqualTo(ExecutionStatus.SUCCEEDED);
        Answer followed = portal.call("GET", orders + "/" + orderId, orderer, null);
        assertThat(followed.at("/status").asText()).isEqualTo("DELIVERED");
        assertThat(followed.at("/attestations")).singleElement()
                .satisfies(given -> assertThat(given.path("decision").asText()).isEqualTo("APPROVED"));
    }
}
