package se.inera.kundportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.common.Actor;

/**
 * A user's audit records: each change has a name of its own (so a retried write records it once and a later change
 * is another record), and the details never carry the personnummer itself.
 */
class UserAuditTest {
    private static final Actor ADMIN = new Actor(Actor.Kind.CUSTOMER_USER, "admin", "Anna Admin");

    @Test
    void aRoleChangeIsNamedByTheMembershipVersionAndARemovalByTheVersionItRemoved() {
        UserId user = new UserId("olof");
        AuditRecord changed = UserAudit.rolesChanged(user, REGION_STOCKHOLM, Set.of(),
                EnumSet.of(Role.ORDERER, Role.ADMINISTRATOR), 2, 1, ADMIN, NOW);
        AuditRecord removed = UserAudit.rolesChanged(user, REGION_STOCKHOLM, EnumSet.of(Role.ORDERER), Set.of(), 0,
                3, ADMIN, NOW);

        assertThat(changed.action()).isEqualTo("ROLES_CHANGED");
        assertThat(changed.change()).isEqualTo("232100-0016:v2");
        assertThat(changed.details()).containsEntry("before", "").containsEntry("after", "ADMINISTRATOR,ORDERER");
        assertThat(removed.action()).isEqualTo("MEMBER_REMOVED");
        assertThat(removed.change()).isEqualTo("232100-0016:removed-v3");
        assertThat(removed.details()).containsEntry("before", "ORDERER").containsEntry("after", "");
    }

    @Test
    void aDeletionIsTheVersionAfterTheUsersLast() {
        User user = Fixtures.user("olof", "Olof Beställare").withVersion(4);

        AuditRecord deleted = UserAudit.deleted(user, ADMIN, NOW, REGION_STOCKHOLM);

        assertThat(deleted.change()).isEqualTo("v5");
        assertThat(deleted.details()).containsEntry("name", "Olof Beställare");
    }

    @Test
    void anUpdateShowsBeforeAndAfterAndOnlyWhetherAPersonnummerIsGiven() {
        User before = Fixtures.user("olof", "Olof");
        User without = new User(before.id(), "Olof Ny", before.email(), Optional.empty(), Optional.empty(), 2);

        AuditRecord updated = UserAudit.updated(before, without, ADMIN, NOW, REGION_STOCKHOLM);

        assertThat(updated.details().get("before")).isEqualTo("name=Olof; mobile=" + before.mobile().orElseThrow()
                + "; personnummer=angivet");
        assertThat(updated.details().get("after")).isEqualTo("name=Olof Ny; mobile=; personnummer=");
        assertThat(updated.details().values()).noneMatch(v -> v.contains(Fixtures.SIGNATORY_PNR.value()));
        assertThat(updated.change()).isEqualTo("v2");
    }
}
