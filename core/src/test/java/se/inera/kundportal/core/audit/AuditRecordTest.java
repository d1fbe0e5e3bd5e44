package se.inera.kundportal.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.common.Actor;

class AuditRecordTest {
    private static final AuditSubject ORDER = AuditSubject.of(AuditSubject.Type.ORDER, "o-1");
    private static final Instant NOW = Instant.parse("2026-11-29T07:00:00Z");

    @Test
    void theIdNamesSubjectVersionAndActionSoTheSameChangeRecordedLaterHasTheSameId() {
        AuditRecord first = AuditRecord.of(NOW, Actor.SYSTEM, ORDER, 3, null, "ORDER_DELIVERED", Map.of());
        AuditRecord retried = AuditRecord.of(NOW.plusSeconds(30), Actor.SYSTEM, ORDER, 3, null, "ORDER_DELIVERED",
                Map.of("retry", "true"));

        assertThat(first.id()).isEqualTo("ORDER:o-1:v3:ORDER_DELIVERED").isEqualTo(retried.id());
    }

    @Test
    void anotherVersionActionOrSubjectIsAnotherRecord() {
        AuditRecord record = AuditRecord.of(NOW, Actor.SYSTEM, ORDER, 3, null, "ORDER_DELIVERED", Map.of());

        assertThat(AuditRecord.of(NOW, Actor.SYSTEM, ORDER, 4, null, "ORDER_DELIVERED", Map.of()).id())
                .isNotEqualTo(record.id());
        assertThat(AuditRecord.of(NOW, Actor.SYSTEM, ORDER, 3, null, "ORDER_EXPIRED", Map.of()).id())
                .isNotEqualTo(record.id());
        assertThat(AuditRecord.of(NOW, Actor.SYSTEM, AuditSubject.of(AuditSubject.Type.ORDER, "o-2"), 3, null,
                "ORDER_DELIVERED", Map.of()).id()).isNotEqualTo(record.id());
    }
}
