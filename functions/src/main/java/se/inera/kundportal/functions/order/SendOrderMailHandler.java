package se.inera.kundportal.functions.order;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserRepository;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.OrderMails;
import se.inera.kundportal.functions.onboarding.TaskHandler;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * The order workflow's mails after the wait for attestation, each sent once per recipient: "Confirm To Orderer",
 * "Notify Orderer Of Rejection" (with the reason), "Tell Orderer Order Expired", "Notify Inera Customer Service"
 * and "Send Access Instructions" (to the orderer, the organisation's administrators and agreement contacts).
 */
public final class SendOrderMailHandler extends TaskHandler<SendOrderMailHandler.Input, SendOrderMailHandler.Sent> {
    public static final String CUSTOMER_SERVICE_EMAIL_VARIABLE = "CUSTOMER_SERVICE_EMAIL";

    public enum Mail { ORDER_CONFIRMED, ORDER_REJECTED, ORDER_EXPIRED, CUSTOMER_SERVICE, ACCESS_INSTRUCTIONS }

    public record Input(String orderId, Mail mail) {
        public Input {
            Ids.requireSafe(orderId, "orderId");
            Objects.requireNonNull(mail, "mail");
        }
    }

    /** @param recipients how many were mailed by this call (0 on a retry of an already sent mail) */
    public record Sent(Mail mail, int recipients) {
    }

    private final OrderFacts.Reader facts;
    private final UserRepository users;
    private final OrderMails mails;
    private final OnceOnlyMailer mailer;
    private final String customerServiceAddress;

    public SendOrderMailHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public SendOrderMailHandler(Wiring wiring) {
        this(wiring.orderFacts(), wiring.store().users(), wiring.orderMails(), wiring.onceOnlyMailer(),
                wiring.required(CUSTOMER_SERVICE_EMAIL_VARIABLE));
    }

    public SendOrderMailHandler(OrderFacts.Reader facts, UserRepository users, OrderMails mails,
                                OnceOnlyMailer mailer, String customerServiceAddress) {
        super(Input.class);
        this.facts = Objects.requireNonNull(facts);
        this.users = Objects.requireNonNull(users);
        this.mails = Objects.requireNonNull(mails);
        this.mailer = Objects.requireNonNull(mailer);
        this.customerServiceAddress = Objects.requireNonNull(customerServiceAddress);
    }

    @Override
    protected Sent handle(Input input) {
        OrderFacts order = facts.read(new OrderId(input.orderId()));
        String subject = order.order().id().value();
        String key = input.mail().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        int sent = switch (input.mail()) {
            case ORDER_CONFIRMED -> once(subject, key, () -> mails.orderConfirmed(order));
            case ORDER_REJECTED -> once(subject, key, () -> mails.orderRejected(order));
            case ORDER_EXPIRED -> once(subject, key, () -> mails.orderExpired(order));
            case CUSTOMER_SERVICE -> once(subject, key,
                    () -> mails.customerServiceOrderAttested(order, customerServiceAddress));
            case ACCESS_INSTRUCTIONS -> accessInstructionRecipients(order).stream()
                    .mapToInt(recipient -> once(subject, key + ":" + recipient.id().value(),
                            () -> mails.accessInstructions(order, recipient))).sum();
        };
        return new Sent(input.mail(), sent);
    }

    private int once(String subject, String key, java.util.function.Supplier<MailMessage> mail) {
        return mailer.sendOnce(subject, key, mail) ? 1 : 0;
    }

    /** The orderer, the administrators and the agreement contacts, each address once. */
    private List<User> accessInstructionRecipients(OrderFacts order) {
        OrganisationRoles roles = users.rolesOf(order.organisation().number());
        Map<String, User> byAddress = new LinkedHashMap<>();
        byAddress.put(order.orderer().email().normalisedKey(), order.orderer());
        for (Role role : List.of(Role.ADMINISTRATOR, Role.AGREEMENT_CONTACT)) {
            roles.usersWith(role).forEach(user -> byAddress.putIfAbsent(user.email().normalisedKey(), user));
        }
        return List.copyOf(byAddress.values());
    }
}
