package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.order.AttestingParty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.user.UserId;

class AttestationLinkTest {
    private static AttestationLink link() {
        return AttestationLink.issued(LinkId.random(new SecureRandom()), OrderId.newId(), Fixtures.REGION_STOCKHOLM,
                new UserId("anna"), AttestingParty.CUSTOMER, NOW, NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void freshLinkIsUsable() {
        assertThatNoException().isThrownBy(() -> link().requireUsable(CLOCK));
    }

    @Test
    void usedLinkIsGone() {
        AttestationLink used = link().markUsed(CLOCK);
        assertThat(used.usedAt()).contains(NOW);
        assertThatThrownBy(() -> used.requireUsable(CLOCK)).isInstanceOf(GoneException.class)
                .hasMessageContaining("redan använts");
    }

    @Test
    void linkIsGoneFromItsExpiryInstant() {
        assertThatThrownBy(() -> link().requireUsable(Fixtures.later(Duration.ofDays(14))))
                .isInstanceOf(GoneException.class).hasMessageContaining("gått ut");
    }

    @Test
    void aLinkIsMarkedUsedOnceAndNotAfterItsDeadline() {
        AttestationLink used = link().markUsed(CLOCK);
        assertThat(used.usedAt()).contains(NOW);

        assertThatThrownBy(() -> used.markUsed(CLOCK)).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> link().markUsed(Fixtures.later(Duration.ofDays(15)))).isInstanceOf(GoneException.class);
    }
}
