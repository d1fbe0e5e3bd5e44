package se.inera.kundportal.core.error;

/**
 * What kind of failure a {@link DomainException} is, so that one place (the HTTP adapter)
 * can map it to a status without a chain of {@code instanceof}.
 */
public enum ErrorCategory {
    /** Input is invalid; carries field errors. HTTP 400. */
    VALIDATION,
    /** The thing asked for does not exist (or is not visible to the caller). HTTP 404. */
    NOT_FOUND,
    /** Already exists, stale version, or a status change from the wrong predecessor. HTTP 409. */
    CONFLICT,
    /** The caller may not do this. HTTP 403. */
    NOT_ALLOWED,
    /** It existed but has expired or been used up (link, code, order). HTTP 410. */
    GONE,
    /** Done too often: a limit per link or per caller is used up. HTTP 429. */
    LIMIT_REACHED
}
