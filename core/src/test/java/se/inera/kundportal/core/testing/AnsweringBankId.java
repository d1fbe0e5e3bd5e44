package se.inera.kundportal.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.agreement.BankId;

/** BankID as a test sets it up: every sign starts a numbered order, collect answers {@link #next}. */
public final class AnsweringBankId implements BankId {
    public final List<SignRequest> requests = new ArrayList<>();
    public Collected next = new Collected(Status.PENDING, Optional.of("started"), Optional.empty());
    public boolean refuseSign;

    @Override
    public Order sign(SignRequest request) {
        if (refuseSign) {
            throw new Refused(Refused.Reason.ALREADY_IN_PROGRESS, null);
        }
        requests.add(request);
        return new Order("order-" + requests.size(), "auto", "qr-token", "qr-secret");
    }

    @Override
    public Collected collect(String orderRef) {
        return next;
    }

    @Override
    public void cancel(String orderRef) {
    }

    @Override
    public String qrCode(String qrStartToken, String qrStartSecret, Instant startedAt, Instant now) {
        return "bankid." + qrStartToken + "." + Duration.between(startedAt, now).toSeconds();
    }
}
