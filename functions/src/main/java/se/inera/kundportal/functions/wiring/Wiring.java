package se.inera.kundportal.functions.wiring;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.SignAgreement;
import se.inera.kundportal.core.agreement.SignAgreementService;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationService;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.application.DecideApplication;
import se.inera.kundportal.core.application.SubmitApplication;
import se.inera.kundportal.core.organisation.RegisterExistingCustomer;
import se.inera.kundportal.core.organisation.RegisterExistingCustomerService;
import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.ManageUsersService;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WorkflowResumer;
import se.inera.kundportal.core.workflow.WorkflowStarter;
import se.inera.kundportal.functions.aws.AwsClients;
import se.inera.kundportal.functions.bankid.BankIdClient;
import se.inera.kundportal.functions.bankid.CollectResult;
import se.inera.kundportal.functions.bankid.HttpBankIdClient;
import se.inera.kundportal.functions.bankid.OrderStart;
import se.inera.kundportal.functions.bankid.SignOrder;
import se.inera.kundportal.functions.signing.AgreementDocument;
import se.inera.kundportal.functions.signing.AgreementSigning;
import se.inera.kundportal.functions.signing.DynamoSigningSessions;
import se.inera.kundportal.functions.signing.SigningSessions;
import se.inera.kundportal.functions.onboarding.OnboardingWiring;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.workflow.StepFunctionsWorkflow;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds what the handlers use, once per execution environment ({@link #fromEnvironment()}): the
 * adapters over the one table, core's use cases over them, BankID and the onboarding workflow.
 * Every piece is built on first use, because each function needs only a few and has only their
 * environment variables (e.g. only the signing functions have {@code BANKID_BASE_URL}).
 *
 * <p>Only the handlers' no-arg constructors (what Lambda calls) come here; tests and the local
 * runtime hand the pieces to the handlers' other constructor. The workflow side adds its pieces
 * through {@code OnboardingWiring}.
 */
public final class Wiring {
    private final Map<String, String> environment;
    private final Clock clock;
    private final Supplier<DynamoStore> store;
    private final Supplier<ApplicationService> applicationService;
    private final Supplier<SignAgreement> signAgreement;
    private final Supplier<RegisterExistingCustomer> registerExistingCustomer;
    private final Supplier<ManageUsers> manageUsers;
    private final Supplier<BankIdClient> bankId;
    private final Supplier<SigningSessions> signingSessions;
    private final Supplier<AgreementSigning> agreementSigning;
    private final Supplier<StepFunctionsWorkflow> onboardingWorkflow;

    Wiring(Map<String, String> environment, Clock clock, Supplier<DynamoDbClient> dynamoDb) {
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock);
        this.store = once(() -> new DynamoStore(dynamoDb.get(), required(DynamoStore.TABLE_NAME_VARIABLE), clock));
        this.applicationService = once(() -> new ApplicationService(store().applications(), store().organisations(),
                store().auditLog(), clock));
        this.signAgreement = once(() -> new SignAgreementService(store().agreements(), store().organisations(),
                store().applications(), store().auditLog(), clock));
        this.registerExistingCustomer = once(() -> new RegisterExistingCustomerService(
                AgreementDocument.current().version(), store().organisations(), store().agreements(), store().users(),
                store().auditLog(), clock));
        this.manageUsers = once(() -> new ManageUsersService(store().organisations(), store().users(),
                store().auditLog(), clock));
        this.bankId = once(() -> HttpBankIdClient.fromEnvironment(this.environment));
        this.onboardingWorkflow = once(this::newOnboardingWorkflow);
        this.signingSessions = once(() -> new DynamoSigningSessions(dynamoDb.get(),
                required(DynamoStore.TABLE_NAME_VARIABLE)));
        // BankID and the workflow are reached only when used: the page function has neither's variables.
        this.agreementSigning = once(() -> new AgreementSigning(signAgreement(), store().agreements(),
                store().organisations(), store().applications(), signingSessions.get(), new LazyBankId(bankId),
                new LazyWorkflowResumer(onboardingWorkflow), clock));
    }

    /** The execution environment's wiring, from its environment variables, the system clock and the shared client. */
    public static Wiring fromEnvironment() {
        return Holder.INSTANCE;
    }

    public Clock clock() {
        return clock;
    }

    public DynamoStore store() {
        return store.get();
    }

    public SubmitApplication submitApplication() {
        return applicationService.get();
    }

    public DecideApplication decideApplication() {
        return applicationService.get();
    }

    public CustomerApplicationRepository applications() {
        return store().applications();
    }

    public SignAgreement signAgreement() {
        return signAgreement.get();
    }

    public RegisterExistingCustomer registerExistingCustomer() {
        return registerExistingCustomer.get();
    }

    public ManageUsers manageUsers() {
        return manageUsers.get();
    }

    public AgreementSigning agreementSigning() {
        return agreementSigning.get();
    }

    public WorkflowStarter workflowStarter() {
        return onboardingWorkflow.get();
    }

    public WorkflowResumer workflowResumer() {
        return onboardingWorkflow.get();
    }

    /**
     * The onboarding workflow in Step Functions ({@code ONBOARDING_STATE_MACHINE_ARN}) over the parked
     * task tokens, as the workflow side builds it for its own functions.
     */
    private StepFunctionsWorkflow newOnboardingWorkflow() {
        return OnboardingWiring.fromEnvironment().workflow();
    }

    /** A variable the template sets for this function; missing means the template and code disagree. */
    public String required(String variable) {
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException("Environment variable " + variable + " is not set"));
    }

    /** A value computed on first use and kept; thread-safe, for runtimes that invoke a handler concurrently. */
    private static <T> Supplier<T> once(Supplier<T> factory) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) {
                            result = Objects.requireNonNull(factory.get());
                            value = result;
                        }
                    }
                }
                return result;
            }
        };
    }

    private static final class Holder {
        static final Wiring INSTANCE = new Wiring(System.getenv(), Clock.systemUTC(), AwsClients::dynamoDb);
    }

    /** BankID, configured on its first call. */
    private record LazyBankId(Supplier<BankIdClient> client) implements BankIdClient {
        @Override
        public OrderStart sign(SignOrder order) {
            return client.get().sign(order);
        }

        @Override
        public CollectResult collect(String orderRef) {
            return client.get().collect(orderRef);
        }

        @Override
        public void cancel(String orderRef) {
            client.get().cancel(orderRef);
        }
    }

    /** The onboarding workflow, configured on its first call. */
    private record LazyWorkflowResumer(Supplier<? extends WorkflowResumer> workflow) implements WorkflowResumer {
        @Override
        public ResumeOutcome decisionMade(ApplicationId application, ApplicationDecision decision) {
            return workflow.get().decisionMade(application, decision);
        }

        @Override
        public ResumeOutcome agreementSigned(AgreementId agreement) {
            return workflow.get().agreementSigned(agreement);
        }
    }
}
