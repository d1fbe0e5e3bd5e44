package se.inera.kundportal.functions.bankid;

import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.functions.http.ServiceUnavailableException;

/**
 * Core's {@link BankId} port over the RP API client: BankID's refusals the signatory can act on become
 * {@link BankId.Refused}, an unreachable or busy BankID a 503 ({@link ServiceUnavailableException}), and
 * our own configuration errors or a broken contract stay {@link BankIdException} (500).
 */
public final class BankIdAdapter implements BankId {
    private final BankIdClient client;

    public BankIdAdapter(BankIdClient client) {
        this.client = Objects.requireNonNull(client);
    }

    @Override
    public Order sign(SignRequest request) {
        return call(() -> client.sign(request));
    }

    @Override
    public Collected collect(String orderRef) {
        CollectResult result = call(() -> client.collect(orderRef));
        return new Collected(switch (result.status()) {
            case PENDING -> Status.PENDING;
            case FAILED -> Status.FAILED;
            case COMPLETE -> Status.COMPLETE;
        }, result.hintCode(), result.completion().map(data -> new Completion(data.personalNumber(), data.name(),
                data.signature(), data.ocspResponse())));
    }

    @Override
    public void cancel(String orderRef) {
        call(() -> {
            client.cancel(orderRef);
            return null;
        });
    }

    @Override
    public String qrCode(String qrStartToken, String qrStartSecret, Instant startedAt, Instant now) {
        return AnimatedQrCode.at(qrStartToken, qrStartSecret, startedAt, now);
    }

    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (BankIdException e) {
            throw switch (e.kind()) {
                case ALREADY_IN_PROGRESS -> new Refused(Refused.Reason.ALREADY_IN_PROGRESS, e);
                case INVALID_PARAMETERS -> new Refused(Refused.Reason.UNKNOWN_ORDER, e);
                case UNAVAILABLE -> new ServiceUnavailableException(Messages.BANKID_UNAVAILABLE, e);
                case UNAUTHORIZED, NOT_FOUND, UNEXPECTED -> e; // our configuration or BankID's contract: a 500
            };
        }
    }
}
