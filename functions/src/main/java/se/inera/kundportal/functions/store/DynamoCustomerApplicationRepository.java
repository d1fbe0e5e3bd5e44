package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.bool;
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

import se.inera.kundportal.core.application.ApplicationContacts;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.person.Signatory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Customer applications ({@code APP#<id>} / {@code APP}), listed by organisation on GSI1 and by
 * status on GSI2, both sorted by submission time.
 */
public final class DynamoCustomerApplicationRepository implements CustomerApplicationRepository {
    private static final String CLAIM_HOLDER = "application";
    private static final int CLAIM_ATTEMPTS = 5;
    private final DynamoTable table;
    private final VersionedWrites writes;

    DynamoCustomerApplicationRepository(DynamoTable table) {
        this.table = table;
        this.writes = new VersionedWrites(table);
    }

    @Override
    public CustomerApplication create(CustomerApplication application) {
        CustomerApplication stored = application.withVersion(1);
        writes.create(item(stored), subject(application.id()), Messages.APPLICATION_EXISTS);
        return stored;
    }

    @Override
    public Optional<CustomerApplication> findById(ApplicationId id) {
        return table.get(Keys.application(id)).map(DynamoCustomerApplicationRepository::application);
    }

    @Override
    public Page<CustomerApplication> findByStatus(ApplicationStatus status, PageRequest page) {
        Page<Map<String, AttributeValue>> items = table.queryPage(DynamoTable.Query.partition(TableIndex.GSI2,
                Keys.applicationsWithStatus(status)).descending(), page);
        return new Page<>(items.items().stream().map(DynamoCustomerApplicationRepository::application).toList(),
                items.nextCursor());
    }

    @Override
    public List<CustomerApplication> findByOrganisation(Organisationsnummer organisation) {
        // A handful per organisation at most; GSI1 returns them newest first.
        return table.queryAll(DynamoTable.Query.partition(TableIndex.GSI1,
                        Keys.applicationsOfOrganisation(organisation)).descending()).stream()
                .map(DynamoCustomerApplicationRepository::application)
                .sorted(Comparator.comparing(CustomerApplication::submittedAt).reversed())
                .toList();
    }

    /**
     * One conditional put on the organisation's claim item: taken if there is none. A refused put names the
     * holder; if the holder released it in between, the put is tried again.
     */
    @Override
    public Optional<OrganisationClaim> claimOrganisation(OrganisationClaim claim) {
        Map<String, AttributeValue> item = ItemBuilder.forKey(Keys.applicationClaim(claim.organisation()))
                .with("type", "APPLICATION_CLAIM")
                .with("organisation", claim.organisation().value())
                .with(CLAIM_HOLDER, claim.application().value())
                .with("submission", claim.submission())
                .with("claimedAt", claim.claimedAt())
                .build();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Optional<DynamoTable.Refusal> refusal = table.putIf(item, DynamoTable.Condition.itemAbsent());
            if (refusal.isEmpty()) {
                return Optional.empty();
            }
            Optional<Map<String, AttributeValue>> holder = refusal.get().current();
            if (holder.isPresent()) {
                return holder.map(DynamoCustomerApplicationRepository::claim);
            }
        }
        throw new IllegalStateException("the claim on " + claim.organisation() + " kept changing hands");
    }

    @Override
    public void releaseOrganisation(Organisationsnummer organisation, ApplicationId holder) {
        // refused when another application holds it (or nobody): then there is nothing of ours to release
        table.deleteIf(Keys.applicationClaim(organisation), new DynamoTable.Condition("#holder = :holder",
                Map.of("#holder", CLAIM_HOLDER), Map.of(":holder", Attributes.string(holder.value()))));
    }

    private static OrganisationClaim claim(Map<String, AttributeValue> item) {
        return new OrganisationClaim(new Organisationsnummer(string(item, "organisation")),
                new ApplicationId(string(item, CLAIM_HOLDER)), string(item, "submission"), instant(item, "claimedAt"));
    }

    @Override
    public CustomerApplication update(CustomerApplication application) {
        CustomerApplication stored = application.withVersion(application.version() + 1);
        writes.update(item(stored), application.version(), subject(application.id()));
        return stored;
    }

    @Override
    public CustomerApplication transition(CustomerApplication changed, ApplicationStatus expectedFrom) {
        long version = writes.transition(v -> item(changed.withVersion(v)), changed.version(), expectedFrom,
                ApplicationStatus.class, subject(changed.id()),
                actual -> Messages.applicationCannotMove(actual, changed.status()));
        return changed.withVersion(version);
    }

    private static Map<String, AttributeValue> item(CustomerApplication application) {
        String byTime = Keys.timeOrdered(application.submittedAt(), application.id().value());
        ApplicationContacts contacts = application.contacts();
        AttributeValue signatory = nested()
                .with("contact", ValueMapping.contact(contacts.signatory().contact()))
                .with("personnummer", contacts.signatory().personnummer().value())
                .asMap();
        AttributeValue contactsValue = nested()
                .with("administrator", ValueMapping.contact(contacts.administrator()))
                .with("signatory", signatory)
                .with("agreementContact", ValueMapping.contact(contacts.agreementContact()))
                .asMap();
        return ItemBuilder.forKey(Keys.application(application.id()))
                .with("type", "APPLICATION")
                .with("id", application.id().value())
                .with("organisation", ValueMapping.organisationDetails(application.organisation()))
                .with("contacts", contactsValue)
                .with(VersionedWrites.STATUS, application.status())
                .with("submittedAt", application.submittedAt())
                .withOptionalMap("decision", application.decision().map(DynamoCustomerApplicationRepository::decision))
                .withOptional("failureReason", application.failureReason())
                .with("updatedAt", application.updatedAt())
                .with(VersionedWrites.VERSION, application.version())
                .withIndex(Keys.GSI1PK, Keys.applicationsOfOrganisation(application.organisationsnummer()),
                        Keys.GSI1SK, byTime)
                .withIndex(Keys.GSI2PK, Keys.applicationsWithStatus(application.status()), Keys.GSI2SK, byTime)
                .build();
    }

    private static Map<String, AttributeValue> decision(ApplicationDecision decision) {
        return nested().with("approved", decision.approved())
                .with("decidedBy", ValueMapping.actor(decision.decidedBy()))
                .with("decidedAt", decision.decidedAt())
                .withOptional("rejectionReason", decision.rejectionReason())
                .build();
    }

    static CustomerApplication application(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> contacts = map(item, "contacts");
        Map<String, AttributeValue> signatory = map(contacts, "signatory");
        ApplicationContacts applicationContacts = new ApplicationContacts(
                ValueMapping.contact(map(contacts, "administrator")),
                new Signatory(ValueMapping.contact(map(signatory, "contact")),
                        new Personnummer(string(signatory, "personnummer"))),
                ValueMapping.contact(map(contacts, "agreementContact")));
        Optional<ApplicationDecision> decision = optionalMap(item, "decision").map(value -> new ApplicationDecision(
                bool(value, "approved"), ValueMapping.actor(map(value, "decidedBy")), instant(value, "decidedAt"),
                optionalString(value, "rejectionReason")));
        return new CustomerApplication(new ApplicationId(string(item, "id")),
                ValueMapping.organisationDetails(map(item, "organisation")), applicationContacts,
                enumValue(item, VersionedWrites.STATUS, ApplicationStatus.class), instant(item, "submittedAt"),
                decision, optionalString(item, "failureReason"), instant(item, "updatedAt"),
                number(item, VersionedWrites.VERSION));
    }

    private static VersionedWrites.Subject subject(ApplicationId id) {
        return new VersionedWrites.Subject("CustomerApplication", id.value(), Messages.APPLICATION_NOT_FOUND);
    }
}
