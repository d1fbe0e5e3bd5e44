package se.inera.kundportal.core.agreement;

import java.util.function.Supplier;

import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.message.Messages;

/** What every use of the {@link BankId} port does alike: BankID's refusals as 409s, cancelling what may be over. */
public final class BankIdCalls {
    private BankIdCalls() {
    }

    /** Cancels an earlier order, which may be over already (then there is nothing to cancel). */
    public static void cancelQuietly(BankId bankId, String orderRef) {
        try {
            bankId.cancel(orderRef);
        } catch (BankId.Refused alreadyOver) {
            // completed, failed or cancelled already
        }
    }

    /** A refusal the person can act on becomes a 409 with BankID's advice. */
    public static <T> T refusedAsConflict(Supplier<T> call) {
        try {
            return call.get();
        } catch (BankId.Refused refused) {
            throw new ConflictException(switch (refused.reason()) {
                case ALREADY_IN_PROGRESS -> Messages.BANKID_ALREADY_IN_PROGRESS;
                case UNKNOWN_ORDER -> Messages.BANKID_ORDER_GONE;
            });
        }
    }
}
