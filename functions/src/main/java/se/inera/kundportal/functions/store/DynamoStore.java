package se.inera.kundportal.functions.store;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every DynamoDB adapter behind core's ports (repositories, audit log, workflow callbacks), over the one table. Built once per
 * execution environment (by {@code Wiring}), which hands its repositories to the use cases. The repositories write
 * no audit records: core's use cases do, through {@link #auditLog()}.
 */
public final class DynamoStore {
    /** Environment variable with the table's name, set in template.yaml by {@code !Ref Table}. */
    public static final String TABLE_NAME_VARIABLE = "TABLE_NAME";

    private final DynamoTable table;
    private final DynamoAuditLog auditLog;
    private final DynamoOrganisationRepository organisations;
    private final DynamoCustomerApplicationRepository applications;
    private final DynamoUserRepository users;
    private final DynamoOrderRepository orders;
    private final DynamoAttestationRepository attestations;
    private final DynamoAgreementRepository agreements;
    private final DynamoCatalogueRepository catalogue;
    private final DynamoWorkflowCallbacks workflowCallbacks;
    private final DynamoBankIdStarts bankIdStarts;

    public DynamoStore(DynamoDbClient client, String tableName, Clock clock) {
        this.table = new DynamoTable(client, tableName, clock);
        this.auditLog = new DynamoAuditLog(table);
        this.organisations = new DynamoOrganisationRepository(table);
        this.applications = new DynamoCustomerApplicationRepository(table);
        this.users = new DynamoUserRepository(table);
        this.orders = new DynamoOrderRepository(table);
        this.attestations = new DynamoAttestationRepository(table);
        this.agreements = new DynamoAgreementRepository(table);
        this.catalogue = new DynamoCatalogueRepository(table);
        this.workflowCallbacks = new DynamoWorkflowCallbacks(table);
        this.bankIdStarts = new DynamoBankIdStarts(table);
    }

    /** The table named by the environment's {@value #TABLE_NAME_VARIABLE}, through {@code client}. */
    public static DynamoStore fromEnvironment(Map<String, String> environment, DynamoDbClient client, Clock clock) {
        String tableName = environment.get(TABLE_NAME_VARIABLE);
        if (tableName == null || tableName.isBlank()) {
            throw new IllegalStateException("Environment variable " + TABLE_NAME_VARIABLE + " is not set");
        }
        return new DynamoStore(Objects.requireNonNull(client), tableName, clock);
    }

    /**
     * Reads the one key no item is ever written with ({@link Keys#snapshotPrimer()}): the whole path of a read (client,
     * signing, TLS, marshalling) without reading or changing anything. For SnapStart's priming; true if it answered.
     */
    public boolean readKeyNoItemHas() {
        return table.get(Keys.snapshotPrimer()).isEmpty();
    }

    public DynamoAuditLog auditLog() {
        return auditLog;
    }

    public DynamoOrganisationRepository organisations() {
        return organisations;
    }

    public DynamoCustomerApplicationRepository applications() {
        return applications;
    }

    public DynamoUserRepository users() {
        return users;
    }

    public DynamoOrderRepository orders() {
        return orders;
    }

    public DynamoAttestationRepository attestations() {
        return attestations;
    }

    public DynamoAgreementRepository agreements() {
        return agreements;
    }

    public DynamoBankIdStarts bankIdStarts() {
        return bankIdStarts;
    }

    public DynamoCatalogueRepository catalogue() {
        return catalogue;
    }

    public DynamoWorkflowCallbacks workflowCallbacks() {
        return workflowCallbacks;
    }
}
