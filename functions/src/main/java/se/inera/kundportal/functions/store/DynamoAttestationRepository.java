package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.bool;
import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.integer;
import static se.inera.kundportal.functions.store.Attributes.number;
import static se.inera.kundportal.functions.store.Attributes.optionalInstant;
import static se.inera.kundportal.functions.store.Attributes.optionalString;
import static se.inera.kundportal.functions.store.Attributes.string;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.attestation.AttestationLink;
import se.inera.kundportal.core.attestation.AttestationChoice;
import se.inera.kundportal.core.attestation.BankIdAttestationOrder;
import se.inera.kundportal.core.attestation.AttestationRepository;
import se.inera.kundportal.core.order.AttestationDecision;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.attestation.SmsChallenge;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import se.inera.kundportal.core.message.Messages;

/**
 * Attestation links ({@code LINK#<linkId>} / {@code LINK}, listed per order on GSI1) and the SMS
 * challenge made through each ({@code LINK#<linkId>} / {@code SMS}). Both are disposable, so they
 * carry the TTL attribute, set a grace period after their own expiry: until then an expired link
 * is still found and the domain can answer "the link has expired" (410) rather than "no such
 * link". DynamoDB deletes TTL items late (and dynalite never), so reads treat an item whose TTL
 * has passed as gone, whether or not it has been deleted yet.
 *
 * <p>The link id is a bearer secret: it appears in keys only.
 */
public final class DynamoAttestationRepository implements AttestationRepository {
    /** How long an expired link keeps answering "expired" before it is gone. */
    static final Duration LINK_GRACE = Duration.ofDays(30);
    /** How long an expired SMS challenge is kept (rate-limiting and support questions). */
    static final Duration CHALLENGE_GRACE = Duration.ofDays(1);

    private final DynamoTable table;
    private final VersionedWrites writes;

    DynamoAttestationRepository(DynamoTable table) {
        this.table = table;
        this.writes = new VersionedWrites(table);
    }

    @Override
    public AttestationLink createLink(AttestationLink link) {
        AttestationLink stored = link.withVersion(1);
        writes.create(item(stored), linkSubject(), Messages.ATTESTATION_LINK_EXISTS);
        return stored;
    }

    @Override
    public Optional<AttestationLink> findLink(LinkId id) {
        return table.get(Keys.attestationLink(id)).filter(this::notPastRetention)
                .map(DynamoAttestationRepository::link);
    }

    @Override
    public List<AttestationLink> findLinksByOrder(OrderId order) {
        // One link per attestant of the organisation: a handful.
        return table.queryAll(DynamoTable.Query.partition(TableIndex.GSI1, Keys.linksOfOrder(order))).stream()
                .filter(this::notPastRetention)
                .map(DynamoAttestationRepository::link)
                .toList();
    }

    @Override
    public AttestationLink updateLink(AttestationLink link) {
        AttestationLink stored = link.withVersion(link.version() + 1);
        writes.update(item(stored), link.version(), linkSubject());
        return stored;
    }

    /**
     * One conditional put on the link's SMS item: a resent code replaces the old one (which then no longer verifies)
     * only if the stored count of codes is the one it was issued after, so concurrent sends store one code and the
     * link's cap on codes holds. The first code needs no item, or one past its retention (TTL not yet run).
     */
    @Override
    public SmsChallenge replaceChallenge(SmsChallenge challenge) {
        SmsChallenge stored = challenge.withVersion(1);
        int countBefore = challenge.codesSent() - 1;
        DynamoTable.Condition issuedAfter = countBefore == 0
                ? new DynamoTable.Condition("attribute_not_exists(PK) OR #ttl <= :now", Map.of("#ttl", Keys.TTL),
                        Map.of(":now", Attributes.number(table.clock().instant().getEpochSecond())))
                : new DynamoTable.Condition("#codesSent = :before", Map.of("#codesSent", "codesSent"),
                        Map.of(":before", Attributes.number(countBefore)));
        if (table.putIf(item(stored), issuedAfter).isPresent()) {
            throw new StaleVersionException("SmsChallenge", challenge.order().value(), countBefore);
        }
        return stored;
    }

    @Override
    public Optional<SmsChallenge> findChallenge(LinkId link) {
        return table.get(Keys.smsChallenge(link)).filter(this::notPastRetention)
                .map(DynamoAttestationRepository::challenge);
    }

    /**
     * Conditional on the version and on the salt, i.e. on this very challenge: an attempt counted on
     * a code that was replaced meanwhile must not overwrite the new code.
     */
    @Override
    public SmsChallenge updateChallenge(SmsChallenge challenge) {
        SmsChallenge stored = challenge.withVersion(challenge.version() + 1);
        DynamoTable.Condition sameChallenge = DynamoTable.Condition.versionIs(challenge.version()).and(
                new DynamoTable.Condition("#salt = :salt", Map.of("#salt", "salt"),
                        Map.of(":salt", Attributes.string(challenge.salt()))));
        Optional<DynamoTable.Refusal> refusal = table.putIf(item(stored), sameChallenge);
        if (refusal.isPresent()) {
            if (refusal.get().current().isEmpty()) {
                throw challengeSubject().notFound();
            }
            throw new StaleVersionException("SmsChallenge",
                    challenge.order().value(), challenge.version());
        }
        return stored;
    }

    /** One unconditional put: a new start replaces the earlier order (which the service cancelled). */
    @Override
    public void saveBankIdOrder(BankIdAttestationOrder order) {
        ItemBuilder item = ItemBuilder.forKey(Keys.bankIdAttestation(order.link()))
                .with("type", "BANKID_ATTESTATION")
                .with("linkId", order.link().value())
                .with("orderRef", order.orderRef())
                .with("qrStartToken", order.qrStartToken())
                .with("qrStartSecret", order.qrStartSecret())
                .with("startedAt", order.startedAt())
                .with("decision", order.choice().decision())
                .withOptional("reason", order.choice().reason())
                .withOptional("personalNumber", order.completion().map(BankId.Completion::personalNumber))
                .withOptional("name", order.completion().map(BankId.Completion::name))
                .withOptional("signature", order.completion().map(BankId.Completion::signature))
                .withOptional("ocspResponse", order.completion().map(BankId.Completion::ocspResponse));
        if (order.completion().isEmpty()) {
            // a completed order is the attestation's evidence and is kept; one never completed goes
            item.with(Keys.TTL, order.startedAt().plus(LINK_GRACE).getEpochSecond());
        }
        table.put(item.build());
    }

    @Override
    public Optional<BankIdAttestationOrder> findBankIdOrder(LinkId link) {
        return table.get(Keys.bankIdAttestation(link)).map(item -> new BankIdAttestationOrder(
                new LinkId(string(item, "linkId")), string(item, "orderRef"), string(item, "qrStartToken"),
                string(item, "qrStartSecret"), instant(item, "startedAt"),
                new AttestationChoice(enumValue(item, "decision", AttestationDecision.class),
                        optionalString(item, "reason")),
                optionalString(item, "signature").map(signature -> new BankId.Completion(
                        string(item, "personalNumber"), string(item, "name"), signature,
                        string(item, "ocspResponse")))));
    }

    private boolean notPastRetention(Map<String, AttributeValue> item) {
        return table.clock().instant().getEpochSecond() < number(item, Keys.TTL);
    }

    private static Map<String, AttributeValue> item(AttestationLink link) {
        return ItemBuilder.forKey(Keys.attestationLink(link.id()))
                .with("type", "ATTESTATION_LINK")
                .with("linkId", link.id().value())
                .with("order", link.order().value())
                .with("organisation", link.organisation().value())
                .with("attestant", link.attestant().value())
                .with("party", link.party())
                .with("createdAt", link.createdAt())
                .with("linkExpiresAt", link.expiresAt())
                .withOptionalInstant("usedAt", link.usedAt())
                .with(VersionedWrites.VERSION, link.version())
                .with(Keys.TTL, link.expiresAt().plus(LINK_GRACE).getEpochSecond())
                .withIndex(Keys.GSI1PK, Keys.linksOfOrder(link.order()),
                        Keys.GSI1SK, Keys.timeOrdered(link.createdAt(), link.id().value()))
                .build();
    }

    static AttestationLink link(Map<String, AttributeValue> item) {
        return new AttestationLink(new LinkId(string(item, "linkId")), new OrderId(string(item, "order")),
                new Organisationsnummer(string(item, "organisation")), new UserId(string(item, "attestant")),
                enumValue(item, "party", AttestingParty.class), instant(item, "createdAt"),
                instant(item, "linkExpiresAt"), optionalInstant(item, "usedAt"), number(item, VersionedWrites.VERSION));
    }

    private static Map<String, AttributeValue> item(SmsChallenge challenge) {
        return ItemBuilder.forKey(Keys.smsChallenge(challenge.link()))
                .with("type", "SMS_CHALLENGE")
                .with("linkId", challenge.link().value())
                .with("order", challenge.order().value())
                .with("attestant", challenge.attestant().value())
                .with("salt", challenge.salt())
                .with("codeHash", challenge.codeHash())
                .with("sentAt", challenge.sentAt())
                .with("challengeExpiresAt", challenge.expiresAt())
                .with("failedAttempts", challenge.failedAttempts())
                .with("used", challenge.used())
                .with("codesSent", challenge.codesSent())
                .with("keepUntil", challenge.keepUntil())
                .with(VersionedWrites.VERSION, challenge.version())
                // kept as long as the link works, so its count of codes is not forgotten with the code
                .with(Keys.TTL, later(challenge.expiresAt(), challenge.keepUntil()).plus(CHALLENGE_GRACE)
                        .getEpochSecond())
                .build();
    }

    static SmsChallenge challenge(Map<String, AttributeValue> item) {
        return new SmsChallenge(new LinkId(string(item, "linkId")), new OrderId(string(item, "order")),
                new UserId(string(item, "attestant")), string(item, "salt"), string(item, "codeHash"),
                instant(item, "sentAt"), instant(item, "challengeExpiresAt"), integer(item, "failedAttempts"),
                bool(item, "used"), integer(item, "codesSent"), instant(item, "keepUntil"),
                number(item, VersionedWrites.VERSION));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // Subject ids never carry the link id: exception messages and logs may be widely read.
    private static VersionedWrites.Subject linkSubject() {
        return new VersionedWrites.Subject("AttestationLink", "(link)", Messages.ATTESTATION_LINK_NOT_FOUND);
    }

    private static VersionedWrites.Subject challengeSubject() {
        return new VersionedWrites.Subject("SmsChallenge", "(link)", Messages.NO_CODE_REQUESTED);
    }
}
