package se.inera.kundportal.core.agreement;

import java.time.Instant;
import java.util.function.Supplier;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.message.Messages;

/**
 * What every use of the {@link BankId} port does alike: counting a link's start, BankID's refusals as 409s,
 * cancelling what may be over.
 */
public final class BankIdCalls {
    private BankIdCalls() {
    }

    /**
     * Counts a start of {@code link} before BankID is asked ({@link BankIdStarts#tryCount}): past the limit 429; while
     * another start of the link is under way or just done (a double click) 409, so that the order the other start
     * shows is not ended by a second order for the same person.
     */
    public static void countStart(BankIdStarts starts, LinkId link, Instant now, Instant forgetAfter) {
        switch (starts.tryCount(link, now, forgetAfter)) {
            case COUNTED -> {
            }
            case LIMIT_REACHED -> throw new TooManyRequestsException(Messages.BANKID_TOO_MANY_ORDERS);
            case STARTED_JUST_NOW -> throw new ConflictException(Messages.BANKID_STARTED_JUST_NOW);
        }
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
