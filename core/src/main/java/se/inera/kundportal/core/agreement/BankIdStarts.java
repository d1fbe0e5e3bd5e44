package se.inera.kundportal.core.agreement;

import java.time.Duration;
import java.time.Instant;

import se.inera.kundportal.core.common.LinkId;

/**
 * Port: how many BankID orders each link (a signing link or an attestation link) has started, and when it last did,
 * so that one link cannot be used to start orders without end (each costs a BankID transaction and sends a push to
 * the person's phone), and so that starts at the same moment (a double click, the same POST sent twice) ask BankID
 * once: two sign orders for one person at once make BankID end both. The count is kept beside the link and forgotten
 * with it.
 */
public interface BankIdStarts {

    /** How many BankID orders one link may start; the next start gets 429. */
    int MAX_PER_LINK = 10;

    /**
     * Starts of one link closer together than this are the same start: the first one counted asks BankID, the others
     * get 409 and start nothing (a later start, such as a reload, replaces the order as before).
     */
    Duration AT_ONCE = Duration.ofSeconds(3);

    /** What {@link #tryCount} decided. */
    enum Count {
        /** Counted: this start asks BankID. */
        COUNTED,
        /** {@link #MAX_PER_LINK} starts were counted already; nothing counted. */
        LIMIT_REACHED,
        /** Another start of the link was counted less than {@link #AT_ONCE} ago; nothing counted. */
        STARTED_JUST_NOW
    }

    /**
     * Counts one more start from {@code link} at {@code now}, unless {@link #MAX_PER_LINK} have been counted already
     * or the last one was counted less than {@link #AT_ONCE} before {@code now} (one conditional write: of starts at
     * once exactly one is counted, and none takes a start past the limit). {@code forgetAfter} is when the count may
     * go, with the link.
     */
    Count tryCount(LinkId link, Instant now, Instant forgetAfter);
}
