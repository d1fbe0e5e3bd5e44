package se.inera.kundportal.core.workflow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.attestation.AttestationLink;
import se.inera.kundportal.core.attestation.AttestationRepository;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserRepository;

/**
 * The order workflow's own steps (actor {@code SYSTEM}): issuing an attestation link to every attestant of the
 * organisation, and at each end of a park of "Wait For Attestation" the deadline (expire the order) or the next
 * reminder. Each step may run again on a retry and then changes and records nothing twice.
 */
public final class OrderSteps {
    /** The shortest park: after a lost race with an attestant, the next park sees the stored decision at once. */
    static final Duration SHORTEST_PARK = Duration.ofSeconds(1);

    private final OrderRepository orders;
    private final AttestationRepository attestations;
    private final UserRepository users;
    private final AuditLog audit;
    private final SecureRandom random;
    private final Clock clock;

    public OrderSteps(OrderRepository orders, AttestationRepository attestations, UserRepository users,
                      AuditLog audit, SecureRandom random, Clock clock) {
        this.orders = Objects.requireNonNull(orders);
        this.attestations = Objects.requireNonNull(attestations);
        this.users = Objects.requireNonNull(users);
        this.audit = Objects.requireNonNull(audit);
        this.random = Objects.requireNonNull(random);
        this.clock = Objects.requireNonNull(clock);
    }

    /** An attestant and the link mailed to them. */
    public record AttestationRequest(User attestant, AttestationLink link) {
    }

    /**
     * The links of every attestant of the order's organisation, issuing those not issued yet (a retry issues
     * none twice). The links expire with the order.
     */
    public List<AttestationRequest> requestAttestations(OrderId id) {
        Order order = orders.get(id);
        List<AttestationLink> issued = attestations.findLinksByOrder(id);
        List<AttestationRequest> requests = new ArrayList<>();
        for (User attestant : users.rolesOf(order.organisation()).usersWith(Role.ATTESTANT)) {
            Optional<AttestationLink> existing = issued.stream()
                    .filter(l -> l.attestant().equals(attestant.id())).findFirst();
            AttestationLink link = existing.orElseGet(() -> issue(order, attestant));
            requests.add(new AttestationRequest(attestant, link));
        }
        return requests;
    }

    private AttestationLink issue(Order order, User attestant) {
        Instant now = clock.instant();
        AttestationLink link = attestations.createLink(AttestationLink.issued(LinkId.random(random), order.id(),
                order.organisation(), attestant.id(), AttestingParty.CUSTOMER, now, order.expiresAt()));
        // the link's id is a bearer secret: the record is named by the attestant
        audit.append(AuditRecord.ofChange(now, Actor.SYSTEM, AuditSubject.of(AuditSubject.Type.ORDER, order.id()),
                "link:" + attestant.id().value() + ":issued", order.organisation(), "ATTESTATION_LINK_ISSUED",
                Map.of("attestant", attestant.id().value())));
        return link;
    }

    /**
     * What the end of a park of "Wait For Attestation" means.
     *
     * @param expired        the deadline passed: the order is {@code EXPIRED} and the orderer is to be told
     * @param reminderNumber which reminder is due (1 after the first interval), 0 for none
     * @param parkSeconds    how long the next park lasts: until the next reminder or the deadline
     */
    public record DeadlineCheck(boolean expired, long reminderNumber, long parkSeconds) {
    }

    /** How long the first park lasts after the attestants were mailed. */
    public DeadlineCheck firstPark(OrderId id, Duration reminderInterval) {
        return new DeadlineCheck(false, 0, parkSeconds(orders.get(id), reminderInterval));
    }

    /**
     * At the end of a park: expires the order when its deadline has passed (a conditional write from
     * {@code AWAITING_ATTESTATION}), else names the reminder that is due. An order an attestant settled meanwhile
     * is neither: the next (shortest) park sees the decision.
     */
    public DeadlineCheck checkDeadline(OrderId id, Duration reminderInterval) {
        Order order = orders.get(id);
        if (order.status() == OrderStatus.EXPIRED) {
            return new DeadlineCheck(true, 0, SHORTEST_PARK.toSeconds());
        }
        if (order.status() != OrderStatus.AWAITING_ATTESTATION) {
            return new DeadlineCheck(false, 0, SHORTEST_PARK.toSeconds());
        }
        if (order.isExpired(clock)) {
            try {
                Order expired = orders.transition(order.expire(clock), OrderStatus.AWAITING_ATTESTATION);
                audit.append(AuditRecord.of(expired.updatedAt(), Actor.SYSTEM,
                        AuditSubject.of(AuditSubject.Type.ORDER, id), expired.version(), order.organisation(),
                        "ORDER_EXPIRED", Map.of("from", order.status().name(), "to", expired.status().name())));
                return new DeadlineCheck(true, 0, SHORTEST_PARK.toSeconds());
            } catch (UnexpectedStatusException attestedAtTheSameMoment) {
                return checkDeadline(id, reminderInterval);
            }
        }
        long waited = Duration.between(order.placedAt(), clock.instant()).toSeconds();
        return new DeadlineCheck(false, waited / reminderInterval.toSeconds(), parkSeconds(order, reminderInterval));
    }

    private long parkSeconds(Order order, Duration reminderInterval) {
        long untilDeadline = Duration.between(clock.instant(), order.expiresAt()).toSeconds();
        return Math.max(SHORTEST_PARK.toSeconds(), Math.min(reminderInterval.toSeconds(), untilDeadline));
    }
}
