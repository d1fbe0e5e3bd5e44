package se.inera.kundportal.core.agreement;

import java.time.Instant;

import se.inera.kundportal.core.common.LinkId;

/**
 * Port: how many BankID orders each link (a signing link or an attestation link) has started, so that one link
 * cannot be used to start orders without end (each costs a BankID transaction and sends a push to the person's
 * phone). The count is kept beside the link and forgotten with it.
 */
public interface BankIdStarts {

    /** How many BankID orders one link may start; the next start gets 429. */
    int MAX_PER_LINK = 10;

    /**
     * Counts one more start from {@code link}, unless {@link #MAX_PER_LINK} have been counted already (one conditional
     * write: two starts at once cannot both take the last one). {@code forgetAfter} is when the count may go, with the
     * link.
     *
     * @return false when the limit was reached and nothing was counted
     */
    boolean tryCount(LinkId link, Instant forgetAfter);
}
