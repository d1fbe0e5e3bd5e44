package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.instant;
import static se.inera.kundportal.functions.store.Attributes.map;
import static se.inera.kundportal.functions.store.Attributes.number;

import java.util.Map;
import java.util.Optional;

import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import se.inera.kundportal.core.message.CustomerMessages;

/**
 * Organisations, one item per organisationsnummer ({@code ORG#<nr>} / {@code ORG}). The item's key
 * is the number itself, so "registered once" is the condition {@code attribute_not_exists(PK)} on
 * the one write that registers it.
 */
public final class DynamoOrganisationRepository implements OrganisationRepository {
    private final DynamoTable table;
    private final VersionedWrites writes;

    DynamoOrganisationRepository(DynamoTable table) {
        this.table = table;
        this.writes = new VersionedWrites(table);
    }

    @Override
    public Organisation register(Organisation organisation) {
        Organisation stored = organisation.withVersion(1);
        writes.create(item(stored), subject(organisation.number()),
                CustomerMessages.alreadyRegistered(organisation.number()));
        return stored;
    }

    @Override
    public Optional<Organisation> findByNumber(Organisationsnummer number) {
        return table.get(Keys.organisation(number)).map(DynamoOrganisationRepository::organisation);
    }

    @Override
    public Organisation update(Organisation organisation) {
        Organisation stored = organisation.withVersion(organisation.version() + 1);
        writes.update(item(stored), organisation.version(), subject(organisation.number()));
        return stored;
    }

    /** The organisation's display name, for lists that show several (memberships). */
    static String name(Map<String, AttributeValue> item) {
        return organisation(item).name();
    }

    static Organisation organisation(Map<String, AttributeValue> item) {
        return new Organisation(ValueMapping.organisationDetails(map(item, "details")),
                enumValue(item, "agreementStanding", AgreementStanding.class), instant(item, "registeredAt"),
                number(item, VersionedWrites.VERSION));
    }

    private static Map<String, AttributeValue> item(Organisation organisation) {
        return ItemBuilder.forKey(Keys.organisation(organisation.number()))
                .with("type", "ORGANISATION")
                .with("details", ValueMapping.organisationDetails(organisation.details()))
                .with("agreementStanding", organisation.agreementStanding())
                .with("registeredAt", organisation.registeredAt())
                .with(VersionedWrites.VERSION, organisation.version())
                .build();
    }

    private static VersionedWrites.Subject subject(Organisationsnummer number) {
        return new VersionedWrites.Subject("Organisation", number.value(),
                CustomerMessages.notCustomer(number));
    }
}
