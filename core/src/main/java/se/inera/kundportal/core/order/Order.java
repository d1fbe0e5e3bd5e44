package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.message.OrderMessages;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Expiring;
import se.inera.kundportal.core.common.Money;
import se.inera.kundportal.core.common.Versioned;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.organisation.CareUnit;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;

/**
 * Beställning: an order of one offering for an organisation. Valid only once attested.
 *
 * @param id                   identity
 * @param organisation         the ordering customer
 * @param service              the service ordered
 * @param offering             the offering (erbjudande) ordered
 * @param careUnits            vårdenheter to connect (may be empty when the offering needs none)
 * @param acceptedTermsVersion the version of the terms (villkor) the orderer accepted
 * @param submission           SHA-256 of the order form as sent ({@link PlaceOrderCommand#canonicalHash()}), so a
 *                             second submit under the same Idempotency-Key is recognised as the same form or not
 * @param priceLines           price as shown when ordering, including the start-up fee line
 * @param addOn                tilläggsbeställning: the organisation already had a live order for the service
 * @param orderedBy            the orderer (beställare)
 * @param placedAt             when sent
 * @param expiresAt            attestation deadline; an unattested order expires then
 * @param attestationChain     whose attestations are needed, in order (today {@code [CUSTOMER]})
 * @param attestations         the attestations given so far, in order
 * @param status               see {@link OrderStatus}
 * @param rejectionReason      present when rejected
 * @param deliveredBy          the operator who contacted the customer, when delivered
 * @param deliveredAt          when customer service contacted the customer with access instructions
 * @param accessInstructions   what customer service told the customer about access, mailed on delivery
 * @param updatedAt            last change
 * @param version              optimistic-locking version; 0 before the first save
 */
public record Order(OrderId id, Organisationsnummer organisation, ServiceId service, OfferingId offering,
                    List<CareUnit> careUnits, String acceptedTermsVersion, Optional<String> submission,
                    List<PriceLine> priceLines, boolean addOn,
                    UserId orderedBy, Instant placedAt, Instant expiresAt, List<AttestingParty> attestationChain,
                    List<Attestation> attestations, OrderStatus status, Optional<String> rejectionReason,
                    Optional<Actor> deliveredBy, Optional<Instant> deliveredAt, Optional<String> accessInstructions,
                    Instant updatedAt, long version)
                    implements Expiring, Versioned<Order> {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(offering, "offering");
        careUnits = List.copyOf(careUnits);
        Objects.requireNonNull(acceptedTermsVersion, "acceptedTermsVersion");
        Objects.requireNonNull(submission, "submission");
        priceLines = List.copyOf(priceLines);
        Objects.requireNonNull(orderedBy, "orderedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        attestationChain = List.copyOf(attestationChain);
        attestations = List.copyOf(attestations);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rejectionReason, "rejectionReason");
        Objects.requireNonNull(deliveredBy, "deliveredBy");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(accessInstructions, "accessInstructions");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attestationChain.isEmpty()
                || attestationChain.get(attestationChain.size() - 1) != AttestingParty.CUSTOMER) {
            throw new IllegalArgumentException("the customer's attestant always attests last");
        }
        if (priceLines.stream().noneMatch(l -> l.kind() == PriceLineKind.STARTUP_FEE)) {
            throw new IllegalArgumentException("every order carries a start-up fee line");
        }
    }

    /** A newly placed order, waiting for the customer's attestant. */
    public static Order placed(OrderId id, Organisationsnummer organisation, ServiceId service, OfferingId offering,
                               List<CareUnit> careUnits, String acceptedTermsVersion, OrderPrice price,
                               UserId orderedBy, Instant placedAt, Instant attestationDeadline) {
        return new Order(id, organisation, service, offering, careUnits, acceptedTermsVersion, Optional.empty(), price.lines(),
                price.addOn(), orderedBy, placedAt, attestationDeadline, List.of(AttestingParty.CUSTOMER), List.of(),
                OrderStatus.AWAITING_ATTESTATION, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                placedAt, 0);
    }

    /** The order as placed from the form whose {@link PlaceOrderCommand#canonicalHash()} is {@code hash}. */
    public Order withSubmission(String hash) {
        return new Order(id, organisation, service, offering, careUnits, acceptedTermsVersion, Optional.of(hash),
                priceLines, addOn, orderedBy, placedAt, expiresAt, attestationChain, attestations, status,
                rejectionReason, deliveredBy, deliveredAt, accessInstructions, updatedAt, version);
    }

    public Money startupTotal() {
        return sum(PriceLineKind.STARTUP_FEE);
    }

    public Money recurringTotal() {
        return sum(PriceLineKind.RECURRING_FEE);
    }

    /** The party whose attestant must act next; empty once every attestation is in. */
    public Optional<AttestingParty> nextAttestingParty() {
        int given = attestations.size();
        return given < attestationChain.size() ? Optional.of(attestationChain.get(given)) : Optional.empty();
    }

    /**
     * Adds an approving attestation. The order becomes {@code ATTESTED} when the last party of
     * the chain has attested. Refused after the deadline (410) or from any other status (409).
     */
    public Order attest(Attestation attestation, Clock clock) {
        if (attestation.decision() != AttestationDecision.APPROVED) {
            throw new IllegalArgumentException("use reject(...) for a rejection");
        }
        requireAwaitingAttestation(OrderStatus.ATTESTED, clock);
        requireTurnOf(attestation);
        List<Attestation> all = new ArrayList<>(attestations);
        all.add(attestation);
        OrderStatus next = all.size() == attestationChain.size() ? OrderStatus.ATTESTED : status;
        return new Order(id, organisation, service, offering, careUnits, acceptedTermsVersion, submission, priceLines, addOn,
                orderedBy, placedAt, expiresAt, attestationChain, all, next, rejectionReason, deliveredBy, deliveredAt,
                accessInstructions, attestation.at(), version);
    }

    /** Any attestant in the chain may reject; the orderer is told the reason. */
    public Order reject(Attestation rejection, String reason, Clock clock) {
        if (rejection.decision() != AttestationDecision.REJECTED) {
            throw new IllegalArgumentException("a rejection must carry the decision REJECTED");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        requireAwaitingAttestation(OrderStatus.REJECTED, clock);
        requireTurnOf(rejection);
        List<Attestation> all = new ArrayList<>(attestations);
        all.add(rejection);
        return new Order(id, organisation, service, offering, careUnits, acceptedTermsVersion, submission, priceLines, addOn,
                orderedBy, placedAt, expiresAt, attestationChain, all, OrderStatus.REJECTED,
                Optional.of(reason.strip()), deliveredBy, deliveredAt, accessInstructions, rejection.at(), version);
    }

    /** The attestation deadline passed without a decision. */
    public Order expire(Clock clock) {
        requireStatus(OrderStatus.AWAITING_ATTESTATION, OrderStatus.EXPIRED);
        if (!isExpired(clock)) {
            throw new IllegalStateException("order " + id + " has not reached its deadline");
        }
        return withStatus(OrderStatus.EXPIRED, clock.instant());
    }

    /** Inera customer service has contacted the customer with instructions for access. */
    public Order markDelivered(Actor operator, String instructions, Instant at) {
        requireStatus(OrderStatus.ATTESTED, OrderStatus.DELIVERED);
        return new Order(id, organisation, service, offering, careUnits, acceptedTermsVersion, submission, priceLines, addOn,
                orderedBy, placedAt, expiresAt, attestationChain, attestations, OrderStatus.DELIVERED, rejectionReason,
                Optional.of(operator), Optional.of(at), Optional.of(instructions.strip()), at, version);
    }

    /** Returns a copy with another status, for adapters implementing status-only transitions. */
    public Order withStatus(OrderStatus next, Instant at) {
        return new Order(id, organisation, service, offering, careUnits, acceptedTermsVersion, submission, priceLines, addOn,
                orderedBy, placedAt, expiresAt, attestationChain, attestations, next, rejectionReason, deliveredBy,
                deliveredAt, accessInstructions, at, version);
    }

    private void requireAwaitingAttestation(OrderStatus next, Clock clock) {
        requireStatus(OrderStatus.AWAITING_ATTESTATION, next);
        if (isExpired(clock)) {
            throw new GoneException(OrderMessages.ORDER_ATTESTATION_TIME_OVER);
        }
    }

    private void requireTurnOf(Attestation attestation) {
        AttestingParty expected = nextAttestingParty().orElseThrow();
        if (attestation.party() != expected) {
            throw new NotAllowedException(OrderMessages.ORDER_AWAITS_OTHER_PARTY);
        }
        boolean alreadyAttested = attestations.stream().anyMatch(a -> a.attestant().equals(attestation.attestant()));
        if (alreadyAttested) {
            throw new NotAllowedException(OrderMessages.ORDER_ALREADY_ATTESTED_BY_YOU);
        }
    }

    private void requireStatus(OrderStatus expected, OrderStatus next) {
        if (status != expected || !expected.canMoveTo(next)) {
            throw new UnexpectedStatusException("Order", id.value(), expected, status, messageFor(next));
        }
    }

    private String messageFor(OrderStatus next) {
        return switch (status) {
            case ATTESTED, DELIVERED -> Messages.ORDER_ALREADY_ATTESTED;
            case REJECTED -> Messages.ORDER_REJECTED;
            case EXPIRED -> Messages.ORDER_EXPIRED;
            case AWAITING_ATTESTATION -> Messages.orderAwaitingAttestationCannotMove(next);
        };
    }

    private Money sum(PriceLineKind kind) {
        return priceLines.stream().filter(l -> l.kind() == kind).map(PriceLine::total).reduce(Money.ZERO, Money::plus);
    }

    @Override
    public Order withVersion(long newVersion) {
        return new Order(id, organisation, service, offering, careUnits, acceptedTermsVersion, submission, priceLines, addOn,
                orderedBy, placedAt, expiresAt, attestationChain, attestations, status, rejectionReason,
                deliveredBy, deliveredAt, accessInstructions, updatedAt, newVersion);
    }
}
