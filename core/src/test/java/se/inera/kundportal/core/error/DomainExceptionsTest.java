package se.inera.kundportal.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.order.OrderStatus;

/**
 * Each domain error carries the category the handlers map to an HTTP status (404, 409, 403, 410, 429) and names what
 * it is about, so the one mapping answers each with its own status and the log says which item.
 */
class DomainExceptionsTest {

    @Test
    void eachErrorHasTheCategoryItsStatusComesFrom() {
        assertThat(NotFoundException.of("Order", "o-1", "Finns inte").category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(new GoneException("Borta").category()).isEqualTo(ErrorCategory.GONE);
        assertThat(new NotAllowedException("Nej").category()).isEqualTo(ErrorCategory.NOT_ALLOWED);
        assertThat(new TooManyRequestsException("Vänta").category()).isEqualTo(ErrorCategory.TOO_MANY_REQUESTS);
        assertThat(new ConflictException("Krock").category()).isEqualTo(ErrorCategory.CONFLICT);
        assertThat(new UnexpectedStatusException("Order", "o-1", OrderStatus.AWAITING_ATTESTATION,
                OrderStatus.ATTESTED, "Redan attesterad").category()).isEqualTo(ErrorCategory.CONFLICT);
        assertThat(new AlreadyExistsException("Organisation", "232100-0016", "Finns").category())
                .isEqualTo(ErrorCategory.CONFLICT);
        assertThat(new StaleVersionException("Order", "o-1", 3).category()).isEqualTo(ErrorCategory.CONFLICT);
    }

    @Test
    void eachErrorNamesItsSubjectAndKeepsTheMessageItWasGiven() {
        NotFoundException notFound = NotFoundException.of("Order", "o-1", "Finns inte");
        assertThat(notFound.subjectType()).isEqualTo("Order");
        assertThat(notFound.subjectId()).isEqualTo("o-1");
        assertThat(notFound).hasMessage("Finns inte");

        UnexpectedStatusException status = new UnexpectedStatusException("Order", "o-2",
                OrderStatus.AWAITING_ATTESTATION, OrderStatus.REJECTED, "Avvisad");
        assertThat(status.subjectType()).isEqualTo("Order");
        assertThat(status.subjectId()).isEqualTo("o-2");

        AlreadyExistsException exists = new AlreadyExistsException("Organisation", "232100-0016", "Finns");
        assertThat(exists.subjectType()).isEqualTo("Organisation");
        assertThat(exists.subjectId()).isEqualTo("232100-0016");

        StaleVersionException stale = new StaleVersionException("User", "u-1", 7);
        assertThat(stale.subjectType()).isEqualTo("User");
        assertThat(stale.subjectId()).isEqualTo("u-1");
        assertThat(stale.expectedVersion()).isEqualTo(7);
    }
}
