package se.inera.kundportal.functions.bankid;

import se.inera.kundportal.core.agreement.BankId;

/**
 * The BankID Relying Party API v6.0, as far as Kundportal uses it: sign, collect, cancel.
 * {@link HttpBankIdClient} talks to BankID (or the local simulator); tests use their own fakes.
 *
 * @see <a href="https://developers.bankid.com/api-references/auth--sign/overview">RP API v6.0</a>
 */
public interface BankIdClient {

    /**
     * {@code POST /sign}.
     *
     * @throws BankIdException e.g. {@code alreadyInProgress} when an order for the same person is running
     */
    BankId.Order sign(BankId.SignRequest order);

    /** {@code POST /collect}; call at most every two seconds per order. */
    CollectResult collect(String orderRef);

    /** {@code POST /cancel}. */
    void cancel(String orderRef);
}
