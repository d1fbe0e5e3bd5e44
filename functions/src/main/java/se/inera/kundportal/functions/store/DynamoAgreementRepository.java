package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.map;
import static se.inera.kundportal.functions.store.Attributes.number;
import static se.inera.kundportal.functions.store.Attributes.optionalMap;
import static se.inera.kundportal.functions.store.Attributes.optionalString;
import static se.inera.kundportal.functions.store.Attributes.string;
import static se.inera.kundportal.functions.store.ItemBuilder.nested;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementKind;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.agreement.RegisteredExistingAgreement;
import se.inera.kundportal.core.agreement.SigningEvidence;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Personnummer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import se.inera.kundportal.core.message.Messages;

/**
 * Customer agreements ({@code AGREEMENT#<id>} / {@code AGREEMENT}), listed per organisation on GSI1.
 * While an agreement waits for its signature, GSI2 holds its signing link ({@code SIGNLINK#<linkId>}),
 * a sparse entry that disappears with the link once signed or expired. The signing deadline is
 * {@code signingExpiresAt}, not the TTL attribute: agreements are never deleted.
 */
public final class DynamoAgreementRepository implements AgreementRepository {
    private final DynamoTable table;
    private final VersionedWrites writes;

    DynamoAgreementRepository(DynamoTable table) {
        this.table = table;
        this.writes = new VersionedWrites(table);
    }

    @Override
    public Agreement create(Agreement agreement) {
        Agreement stored = agreement.withVersion(1);
        writes.create(item(stored), subject(agreement.id()), Messages.AGREEMENT_EXISTS);
        return stored;
    }

    @Override
    public Optional<Agreement> findById(AgreementId id) {
        return table.get(Keys.agreement(id)).map(DynamoAgreementRepository::agreement);
    }

    /**
     * The index finds the agreement; a consistent read of it then confirms that the link is still
     * its current one (a GSI lags behind the table).
     */
    @Override
    public Optional<Agreement> findBySigningLink(LinkId signingLink) {
        return table.queryAll(DynamoTable.Query.partition(TableIndex.GSI2, Keys.signingLink(signingLink))).stream()
                .map(item -> new AgreementId(string(item, "id")))
                .findFirst()
                .flatMap(this::findById)
                .filter(agreement -> agreement.signingLink().equals(Optional.of(signingLink)));
    }

    @Override
    public List<Agreement> findByOrganisation(Organisationsnummer organisation) {
        return table.queryAll(DynamoTable.Query.partition(TableIndex.GSI1,
                        Keys.agreementsOfOrganisation(organisation)).descending()).stream()
                .map(DynamoAgreementRepository::agreement)
                .sorted(Comparator.comparing(Agreement::createdAt).reversed())
                .toList();
    }

    @Override
    public Agreement update(Agreement agreement) {
        Agreement stored = agreement.withVersion(agreement.version() + 1);
        writes.update(item(stored), agreement.version(), subject(agreement.id()));
        return stored;
    }

    @Override
    public Agreement transition(Agreement changed, AgreementStatus expectedFrom) {
        long version = writes.transition(v -> item(changed.withVersion(v)), changed.version(), expectedFrom,
                AgreementStatus.class, subject(changed.id()),
                actual -> actual == AgreementStatus.SIGNED ? Messages.ALREADY_SIGNED
                        : Messages.agreementCannotMove(actual, changed.status()));
        return changed.withVersion(version);
    }

    private static Map<String, AttributeValue> item(Agreement agreement) {
        ItemBuilder item = ItemBuilder.forKey(Keys.agreement(agreement.id()))
                .with("type", "AGREEMENT")
                .with("id", agreement.id().value())
                .with("organisation", agreement.organisation().value())
                .with("kind", agreement.kind())
                .with("documentVersion", agreement.documentVersion())
                .with("documentHash", agreement.documentHash())
                .withOptional("expectedSignatory", agreement.expectedSignatory().map(Personnummer::value))
                .with(VersionedWrites.STATUS, agreement.status())
                .withOptional("signingLink", agreement.signingLink().map(LinkId::value))
                .with("signingExpiresAt", agreement.expiresAt())
                .withOptionalMap("evidence", agreement.evidence().map(DynamoAgreementRepository::evidence))
                .with("createdAt", agreement.createdAt())
                .with(VersionedWrites.VERSION, agreement.version())
                .withIndex(Keys.GSI1PK, Keys.agreementsOfOrganisation(agreement.organisation()),
                        Keys.GSI1SK, Keys.timeOrdered(agreement.createdAt(), agreement.id().value()));
        agreement.signingLink().ifPresent(link ->
                item.withIndex(Keys.GSI2PK, Keys.signingLink(link), Keys.GSI2SK, Keys.SIGNING_LINK_SORT_KEY));
        return item.build();
    }

    private static Map<String, AttributeValue> evidence(SigningEvidence evidence) {
        if (evidence instanceof BankIdSignature bankId) {
            return nested().with("kind", "BANKID")
                    .with("signer", bankId.signer().value())
                    .with("signerName", bankId.signerName())
                    .with("signedAt", bankId.signedAt())
                    .with("orderRef", bankId.orderRef())
                    .with("signature", bankId.signature())
                    .with("ocspResponse", bankId.ocspResponse())
                    .with("documentHash", bankId.documentHash())
                    .build();
        }
        RegisteredExistingAgreement registered = (RegisteredExistingAgreement) evidence;
        return nested().with("kind", "REGISTERED_EXISTING")
                .with("registeredBy", ValueMapping.actor(registered.registeredBy()))
                .with("signedAt", registered.signedAt())
                .with("reference", registered.reference())
                .build();
    }

    private static SigningEvidence evidence(Map<String, AttributeValue> value) {
        String kind = string(value, "kind");
        return switch (kind) {
            case "BANKID" -> new BankIdSignature(new Personnummer(string(value, "signer")),
                    string(value, "signerName"), instant(value, "signedAt"), string(value, "orderRef"),
                    string(value, "signature"), string(value, "ocspResponse"), string(value, "documentHash"));
            case "REGISTERED_EXISTING" -> new RegisteredExistingAgreement(ValueMapping.actor(map(value, "registeredBy")),
                    instant(value, "signedAt"), string(value, "reference"));
            default -> throw new IllegalStateException("unknown signing evidence kind " + kind);
        };
    }

    static Agreement agreement(Map<String, AttributeValue> item) {
        return new Agreement(new AgreementId(string(item, "id")), new Organisationsnummer(string(item, "organisation")),
                enumValue(item, "kind", AgreementKind.class), string(item, "documentVersion"),
                string(item, "documentHash"), optionalString(item, "expectedSignatory").map(Personnummer::new),
                enumValue(item, VersionedWrites.STATUS, AgreementStatus.class),
                optionalString(item, "signingLink").map(LinkId::new), instant(item, "signingExpiresAt"),
                optionalMap(item, "evidence").map(DynamoAgreementRepository::evidence), instant(item, "createdAt"),
                number(item, VersionedWrites.VERSION));
    }

    private static VersionedWrites.Subject subject(AgreementId id) {
        return new VersionedWrites.Subject("Agreement", id.value(), Messages.AGREEMENT_NOT_FOUND);
    }
}
