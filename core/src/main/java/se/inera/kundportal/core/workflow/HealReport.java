package se.inera.kundportal.core.workflow;

/**
 * What one sweep of {@link Rendezvous#heal} did, for the log.
 *
 * @param checked parked tokens looked at
 * @param woken   waits whose person had acted, woken now (a wake-up that had been lost)
 * @param cleared tokens removed because their wait was over (timed out, or resumed by someone else)
 * @param failed  tokens that could not be checked this time (left parked; the next sweep tries again)
 */
public record HealReport(int checked, int woken, int cleared, int failed) {
}
