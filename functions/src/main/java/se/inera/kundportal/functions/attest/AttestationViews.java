package se.inera.kundportal.functions.attest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import se.inera.kundportal.core.attestation.AttestOrder;
import se.inera.kundportal.core.attestation.AttestWithBankId;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.PriceLine;
import se.inera.kundportal.functions.order.OrderFacts;

/** What the attestation routes return, as JSON. Only the one order behind the link, nothing else. */
final class AttestationViews {
    private AttestationViews() {
    }

    /** {@code GET /attestation/{linkId}}: the order, read-only, and how this attestant can attest. */
    record AttestationPage(String orderId, String status, String organisationName, String summary, String orderedBy,
                           Instant placedAt, Instant expiresAt, String startupFee, List<Line> priceLines,
                           List<String> careUnits, String attestantName, List<String> methods,
                           boolean samePersonAsOrderer, String notice) {
        static AttestationPage of(AttestOrder.AttestationView view, OrderFacts facts) {
            Order order = view.order();
            return new AttestationPage(order.id().value(), order.status().name(), facts.organisation().name(),
                    facts.summary(), facts.orderer().name(), order.placedAt(), order.expiresAt(), facts.startupFee(),
                    order.priceLines().stream().map(Line::of).toList(),
                    order.careUnits().stream().map(unit -> unit.name() + " (" + unit.hsaId().value() + ")").toList(),
                    view.attestantName(), view.availableMethods().stream().map(Enum::name).toList(),
                    view.samePersonAsOrderer(), notice(order));
        }

        private static String notice(Order order) {
            return switch (order.status()) {
                case AWAITING_ATTESTATION -> null;
                case ATTESTED, DELIVERED, REJECTED -> OrderMessages.ATTESTATION_ORDER_SETTLED;
                case EXPIRED -> Messages.ORDER_EXPIRED;
            };
        }
    }

    record Line(String description, long unitPriceOre, int quantity, long totalOre) {
        static Line of(PriceLine line) {
            return new Line(line.description(), line.unitPrice().ore(), line.quantity(), line.total().ore());
        }
    }

    /** After approving or rejecting. */
    record Decided(String orderId, String status, String decision, boolean samePersonAsOrderer, String message) {
        static Decided of(AttestOrder.Outcome outcome) {
            return new Decided(outcome.order().id().value(), outcome.order().status().name(),
                    outcome.attestation().decision().name(), outcome.attestation().samePersonAsOrderer(),
                    OrderMessages.ATTESTATION_CLOSE_WINDOW);
        }
    }

    /**
     * {@code POST /attestation/{linkId}/bankid/collect}: {@code status} is {@code pending}, {@code failed} or
     * {@code complete}; {@code qrData} is the QR's next content while pending, {@code decided} the result once complete.
     */
    record BankIdProgress(String status, String hintCode, String message, String qrData, Decided decided) {
        static BankIdProgress of(AttestWithBankId.Progress progress) {
            return new BankIdProgress(progress.status().name().toLowerCase(Locale.ROOT),
                    progress.hintCode().orElse(null), progress.message(), progress.qrCode().orElse(null),
                    progress.outcome().map(Decided::of).orElse(null));
        }
    }

    /** After a code was sent. */
    record CodeSent(String message) {
    }
}
