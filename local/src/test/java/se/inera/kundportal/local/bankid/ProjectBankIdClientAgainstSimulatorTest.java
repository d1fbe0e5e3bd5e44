package se.inera.kundportal.local.bankid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.functions.bankid.AnimatedQrCode;
import se.inera.kundportal.functions.bankid.BankIdException;
import se.inera.kundportal.functions.bankid.CollectResult;
import se.inera.kundportal.functions.bankid.HttpBankIdClient;
import se.inera.kundportal.core.testing.ManualClock;

/**
 * The project's BankID client (functions' {@link HttpBankIdClient}) against this module's RP API v6.0
 * simulator: the strict request checks (exact Content-Type, base64, requirement) accept what the client
 * sends, the animated QR code it computes opens the order in the app, and a completed signature comes
 * back with the signer and the evidence.
 */
class ProjectBankIdClientAgainstSimulatorTest {
    private static final String ANNA = "198501019817";
    private static final String KARIN = "197902149926";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T08:00:00Z"));
    private BankIdSimulatorServer server;
    private HttpBankIdClient client;

    @BeforeEach
    void start() {
        server = BankIdSimulatorServer.start(0,
                new BankIdSimulator(clock, TestPersons.seeded(), BankIdSimulator.Settings.DEFAULTS));
        client = HttpBankIdClient.fromEnvironment(Map.of(HttpBankIdClient.BASE_URL_VARIABLE,
                server.apiBaseUri().toString()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static BankId.SignRequest agreementFor(String personalNumber) throws Exception {
        return new BankId.SignRequest("192.0.2.15", new Personnummer(personalNumber),
                "# Kundavtal 2\n\nJag skriver under *Kundavtal 2*, version 2.0, för *Vårdbolaget Exempel AB*.",
                MessageDigest.getInstance("SHA-256").digest("avtalstext".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signsWithTheAnimatedQrCodeAndCollectsTheCompletedSignature() throws Exception {
        Instant startedAt = clock.instant();
        BankId.Order order = client.sign(agreementFor(ANNA));
        assertThat(client.collect(order.orderRef()).hintCode()).contains("outstandingTransaction");

        clock.advance(Duration.ofSeconds(2));
        server.simulator().openInApp(AnimatedQrCode.at(order.qrStartToken(), order.qrStartSecret(), startedAt,
                clock.instant()));
        assertThat(client.collect(order.orderRef()).hintCode()).contains("started");
        server.simulator().identify(order.orderRef(), ANNA, "192.0.2.15");
        assertThat(client.collect(order.orderRef()).hintCode()).contains("userSign");
        server.simulator().confirm(order.orderRef());

        CollectResult complete = client.collect(order.orderRef());
        assertThat(complete.status()).isEqualTo(CollectResult.Status.COMPLETE);
        assertThat(complete.completion()).get().satisfies(data -> {
            assertThat(data.personalNumber()).isEqualTo(ANNA);
            assertThat(data.name()).isEqualTo("Anna Andersson");
            assertThat(data.signature()).isNotBlank();
            assertThat(data.ocspResponse()).isNotBlank();
        });
    }

    @Test
    void theRequirementKeepsAnyoneButTheSignatoryFromSigning() throws Exception {
        BankId.Order order = client.sign(agreementFor(ANNA));
        server.simulator().openInApp(order.autoStartToken());

        assertThatThrownBy(() -> server.simulator().identify(order.orderRef(), KARIN, "192.0.2.15"))
                .isInstanceOf(AppActionException.class);
        assertThat(client.collect(order.orderRef()).status()).isEqualTo(CollectResult.Status.PENDING);
    }

    @Test
    void aCancelledOrderFailsAndASecondOrderForTheSamePersonIsAlreadyInProgress() throws Exception {
        BankId.Order first = client.sign(agreementFor(ANNA));

        assertThatThrownBy(() -> client.sign(agreementFor(ANNA))).isInstanceOfSatisfying(BankIdException.class,
                e -> assertThat(e.kind()).isEqualTo(BankIdException.Kind.ALREADY_IN_PROGRESS));
        assertThat(client.collect(first.orderRef())).satisfies(result -> {
            assertThat(result.status()).isEqualTo(CollectResult.Status.FAILED);
            assertThat(result.hintCode()).isEqualTo(Optional.of("cancelled"));
        });

        BankId.Order second = client.sign(agreementFor(ANNA));
        client.cancel(second.orderRef());
        assertThatThrownBy(() -> client.collect("no-such-order")).isInstanceOfSatisfying(BankIdException.class,
                e -> assertThat(e.kind()).isEqualTo(BankIdException.Kind.INVALID_PARAMETERS));
    }

    @Test
    void maintenanceIsUnavailable() throws Exception {
        server.simulator().failNextCall("sign", 503, "maintenance", "Service unavailable");

        assertThatThrownBy(() -> client.sign(agreementFor(ANNA))).isInstanceOfSatisfying(BankIdException.class,
                e -> assertThat(e.kind()).isEqualTo(BankIdException.Kind.UNAVAILABLE));
    }
}
