package se.inera.kundportal.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;

/**
 * What every {@link OrderRepository} and {@link OrganisationRepository} must do, whatever the
 * storage. An adapter's test extends this and supplies fresh, empty repositories (published in
 * core's test-jar for that purpose).
 */
public abstract class OrderRepositoryContract {
    private OrganisationRepository organisations;
    private OrderRepository orders;

    protected abstract OrganisationRepository newOrganisationRepository();

    /** Must share storage with the organisation repository created just before. */
    protected abstract OrderRepository newOrderRepository();

    @BeforeEach
    void freshRepositories() {
        organisations = newOrganisationRepository();
        orders = newOrderRepository();
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED,
                Fixtures.NOW, 0));
    }

    /** A new order placed {@code minutes} after {@link Fixtures#NOW}. */
    private static Order placed(int minutes) {
        Order o = Fixtures.placedOrder(new UserId("olle"));
        return new Order(o.id(), o.organisation(), o.service(), o.offering(), o.careUnits(), o.acceptedTermsVersion(), o.submission(),
                o.priceLines(), o.addOn(), o.orderedBy(), o.placedAt().plus(Duration.ofMinutes(minutes)), o.expiresAt(),
                o.attestationChain(), o.attestations(), o.status(), o.rejectionReason(), o.deliveredBy(),
                o.deliveredAt(), o.accessInstructions(), o.updatedAt(), 0);
    }

    @Test
    void registeringAnOrganisationsnummerTwiceIsAConflict() {
        assertThatThrownBy(() -> organisations.register(new Organisation(Fixtures.regionStockholmDetails(),
                AgreementStanding.SIGNED, Fixtures.NOW, 0))).isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void createdOrderIsReadBackEqualWithVersionOne() {
        Order created = orders.create(placed(0));
        assertThat(created.version()).isEqualTo(1);
        assertThat(orders.findById(created.id())).contains(created);
    }

    @Test
    void orderForAnUnknownOrganisationIsNotFound() {
        Order o = placed(0);
        Order elsewhere = new Order(o.id(), Organisationsnummer.parse("556559-4230"), o.service(), o.offering(),
                o.careUnits(), o.acceptedTermsVersion(), o.submission(), o.priceLines(), o.addOn(), o.orderedBy(), o.placedAt(),
                o.expiresAt(), o.attestationChain(), o.attestations(), o.status(), o.rejectionReason(),
                o.deliveredBy(), o.deliveredAt(), o.accessInstructions(), o.updatedAt(), 0);
        assertThatThrownBy(() -> orders.create(elsewhere)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        Order created = orders.create(placed(0));
        Order updated = orders.update(created.withStatus(OrderStatus.AWAITING_ATTESTATION, Fixtures.NOW));
        assertThat(updated.version()).isEqualTo(2);

        assertThatThrownBy(() -> orders.update(created)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void transitionMovesOnlyFromTheExpectedStatusAndReportsTheActualOne() {
        Order created = orders.create(placed(0));
        orders.transition(created.id(), OrderStatus.AWAITING_ATTESTATION, OrderStatus.ATTESTED, Fixtures.NOW);

        UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class, () -> orders.transition(
                created.withStatus(OrderStatus.ATTESTED, Fixtures.NOW), OrderStatus.AWAITING_ATTESTATION));

        assertThat(e.expected()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(e.actual()).contains("ATTESTED");
        assertThat(orders.get(created.id()).version()).isEqualTo(2);
    }

    @Test
    void ordersOfAnOrganisationComeNewestFirstInPagesWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            orders.create(placed(i));
        }
        Set<Object> seen = new HashSet<>();
        PageRequest request = PageRequest.first(2);
        Order previous = null;
        while (true) {
            Page<Order> page = orders.findByOrganisation(Fixtures.REGION_STOCKHOLM, request);
            for (Order o : page.items()) {
                assertThat(seen.add(o.id())).as("no repeats").isTrue();
                if (previous != null) {
                    assertThat(o.placedAt()).isBeforeOrEqualTo(previous.placedAt());
                }
                previous = o;
            }
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = request.next(page.nextCursor().get());
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void ordersByStatusListOnlyThatStatus() {
        Order a = orders.create(placed(0));
        orders.create(placed(1));
        orders.transition(a.id(), OrderStatus.AWAITING_ATTESTATION, OrderStatus.ATTESTED, Fixtures.NOW);

        List<Order> attested = orders.findByStatus(OrderStatus.ATTESTED, PageRequest.firstPage()).items();
        assertThat(attested).extracting(Order::id).containsExactly(a.id());
    }
}
