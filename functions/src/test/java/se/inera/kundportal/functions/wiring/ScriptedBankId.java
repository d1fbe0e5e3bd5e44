package se.inera.kundportal.functions.wiring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.functions.bankid.BankIdClient;
import se.inera.kundportal.functions.bankid.BankIdException;
import se.inera.kundportal.functions.bankid.CollectResult;

/** A BankID that answers collect with the results the test queues, and records every order. */
public final class ScriptedBankId implements BankIdClient {
    public final List<BankId.SignRequest> orders = new ArrayList<>();
    public final List<String> cancelled = new ArrayList<>();
    private final Deque<CollectResult.Status> collectAnswers = new ArrayDeque<>();
    private String completedBy = "198501019817";
    private String hintCode = "outstandingTransaction";
    private BankIdException signFailure;

    public void willAnswer(CollectResult.Status... statuses) {
        collectAnswers.addAll(List.of(statuses));
    }

    public void hint(String code) {
        this.hintCode = code;
    }

    public void completedBy(String personalNumber) {
        this.completedBy = personalNumber;
    }

    public void signFails(BankIdException failure) {
        this.signFailure = failure;
    }

    @Override
    public BankId.Order sign(BankId.SignRequest order) {
        if (signFailure != null) {
            throw signFailure;
        }
        orders.add(order);
        int n = orders.size();
        return new BankId.Order("order-ref-" + n, "auto-start-" + n, "qr-start-token-" + n, "qr-start-secret-" + n);
    }

    @Override
    public CollectResult collect(String orderRef) {
        CollectResult.Status status = collectAnswers.isEmpty() ? CollectResult.Status.PENDING : collectAnswers.poll();
        return switch (status) {
            case PENDING -> new CollectResult(orderRef, status, Optional.of(hintCode), Optional.empty());
            case FAILED -> new CollectResult(orderRef, status, Optional.of(hintCode), Optional.empty());
            case COMPLETE -> new CollectResult(orderRef, status, Optional.empty(), Optional.of(
                    new CollectResult.Completion(completedBy, "Anna Andersson", "Anna", "Andersson", "192.0.2.15",
                            "PFhNTFNpZ25hdHVyZT4=", "TUlJSE9DU1A=")));
        };
    }

    @Override
    public void cancel(String orderRef) {
        cancelled.add(orderRef);
    }
}
