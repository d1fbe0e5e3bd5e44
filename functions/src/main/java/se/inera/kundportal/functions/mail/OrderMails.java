package se.inera.kundportal.functions.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.attestation.AttestationLink;
import se.inera.kundportal.core.order.Attestation;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.functions.order.OrderFacts;

/**
 * The order workflow's e-mails, in Swedish, from the templates in {@code mail/templates/}. A link carries only
 * the opaque attestation-link id ({@link PortalLinks}); nothing from the workflow's state goes in.
 */
public final class OrderMails {
    private static final DateTimeFormatter SWEDISH_DEADLINE = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv-SE")).withZone(ZoneId.of("Europe/Stockholm"));

    private static final MailTemplate ATTESTATION_REQUEST = MailTemplate.load("attestation-request");
    private static final MailTemplate ATTESTATION_REMINDER = MailTemplate.load("attestation-reminder");
    private static final MailTemplate ORDER_CONFIRMED = MailTemplate.load("order-confirmed");
    private static final MailTemplate ORDER_REJECTED = MailTemplate.load("order-rejected");
    private static final MailTemplate ORDER_EXPIRED = MailTemplate.load("order-expired");
    private static final MailTemplate CUSTOMER_SERVICE_ORDER_ATTESTED = MailTemplate.load("customer-service-order-attested");
    private static final MailTemplate ACCESS_INSTRUCTIONS = MailTemplate.load("access-instructions");

    private final PortalLinks links;

    public OrderMails(PortalLinks links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    /** To an attestant: the order and the link to attest it. */
    public MailMessage attestationRequest(OrderFacts facts, User attestant, AttestationLink link) {
        return ATTESTATION_REQUEST.render(attestant.email().value(), attestationValues(facts, attestant, link));
    }

    /** To an attestant, once per reminder interval while nobody has attested. */
    public MailMessage attestationReminder(OrderFacts facts, User attestant, AttestationLink link) {
        return ATTESTATION_REMINDER.render(attestant.email().value(), attestationValues(facts, attestant, link));
    }

    /** To the orderer: the order is attested and customer service will be in touch. */
    public MailMessage orderConfirmed(OrderFacts facts) {
        return ORDER_CONFIRMED.render(facts.orderer().email().value(), Map.of(
                "ordererName", facts.orderer().name(), "orderSummary", facts.summary(),
                "organisationName", facts.organisation().name(), "attestantName", decidedBy(facts)));
    }

    /** To the orderer: an attestant rejected the order, with the reason. */
    public MailMessage orderRejected(OrderFacts facts) {
        return ORDER_REJECTED.render(facts.orderer().email().value(), Map.of(
                "ordererName", facts.orderer().name(), "orderSummary", facts.summary(),
                "organisationName", facts.organisation().name(), "attestantName", decidedBy(facts),
                "rejectionReason", facts.order().rejectionReason().orElse("")));
    }

    /** To the orderer: nobody attested in time. */
    public MailMessage orderExpired(OrderFacts facts) {
        return ORDER_EXPIRED.render(facts.orderer().email().value(), Map.of(
                "ordererName", facts.orderer().name(), "orderSummary", facts.summary(),
                "organisationName", facts.organisation().name()));
    }

    /** To Inera customer service: an attested order to deliver. */
    public MailMessage customerServiceOrderAttested(OrderFacts facts, String customerServiceAddress) {
        return CUSTOMER_SERVICE_ORDER_ATTESTED.render(customerServiceAddress, Map.of(
                "organisationName", facts.organisation().name(),
                "organisationsnummer", facts.organisation().number().toString(),
                "orderSummary", facts.summary(), "attestantName", decidedBy(facts),
                "orderId", facts.order().id().value(), "deliveryUrl", links.deliveries()));
    }

    /** To the orderer, an administrator or the agreement contact: how to reach the delivered service. */
    public MailMessage accessInstructions(OrderFacts facts, User recipient) {
        return ACCESS_INSTRUCTIONS.render(recipient.email().value(), Map.of(
                "recipientName", recipient.name(), "orderSummary", facts.summary(),
                "organisationName", facts.organisation().name(),
                "accessInstructions", facts.order().accessInstructions().orElseThrow()));
    }

    private Map<String, String> attestationValues(OrderFacts facts, User attestant, AttestationLink link) {
        return Map.of("attestantName", attestant.name(), "ordererName", facts.orderer().name(),
                "orderSummary", facts.summary(), "organisationName", facts.organisation().name(),
                "startupFee", facts.startupFee(), "attestationUrl", links.attestation(link.id()),
                "attestationDeadline", SWEDISH_DEADLINE.format(link.expiresAt()));
    }

    private static String decidedBy(OrderFacts facts) {
        return facts.order().attestations().stream().reduce((first, last) -> last).map(Attestation::attestantName)
                .orElse("");
    }
}
