package se.inera.kundportal.core.user;

/**
 * What a change of a person's roles in an organisation came to.
 *
 * @param version the membership's version after the change (0 once it has no roles), when {@code CHANGED}
 */
public record RoleChange(Outcome outcome, long version) {
    public enum Outcome {
        CHANGED,
        /** The membership changed since it was read. */
        STALE,
        /** It would leave the organisation without an administrator; nothing changed. */
        LAST_ADMINISTRATOR
    }

    public static RoleChange changed(long version) {
        return new RoleChange(Outcome.CHANGED, version);
    }

    public static final RoleChange STALE = new RoleChange(Outcome.STALE, -1);
    public static final RoleChange LAST_ADMINISTRATOR = new RoleChange(Outcome.LAST_ADMINISTRATOR, -1);
}
