package se.inera.kundportal.functions.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.agreement.SignAgreement;
import se.inera.kundportal.core.agreement.SignAgreementService;
import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.agreement.SignWithBankIdService;
import se.inera.kundportal.core.agreement.SigningSessions;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.attestation.AttestOrder;
import se.inera.kundportal.core.attestation.AttestOrderService;
import se.inera.kundportal.core.attestation.AttestWithBankId;
import se.inera.kundportal.core.attestation.AttestWithBankIdService;
import se.inera.kundportal.core.attestation.OneTimeCodeSender;
import se.inera.kundportal.core.customer.LookUpCustomer;
import se.inera.kundportal.core.customer.LookUpCustomerService;
import se.inera.kundportal.core.customer.RegisterExistingCustomer;
import se.inera.kundportal.core.customer.RegisterExistingCustomerService;
import se.inera.kundportal.core.onboarding.ApplicationService;
import se.inera.kundportal.core.onboarding.DecideApplication;
import se.inera.kundportal.core.onboarding.SubmitApplication;
import se.inera.kundportal.core.order.MarkOrderDelivered;
import se.inera.kundportal.core.order.MarkOrderDeliveredService;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderWorkflowEvents;
import se.inera.kundportal.core.order.PlaceOrder;
import se.inera.kundportal.core.order.PlaceOrderService;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.ManageUsersService;
import se.inera.kundportal.core.user.PersonAccess;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.workflow.AwaitedEvent;
import se.inera.kundportal.core.workflow.OnboardingSteps.AgreementTerms;
import se.inera.kundportal.core.workflow.OnboardingWaits;
import se.inera.kundportal.core.workflow.OrderSteps;
import se.inera.kundportal.core.workflow.OrderWaits;
import se.inera.kundportal.core.workflow.Rendezvous;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.TaskTokenResumer;
import se.inera.kundportal.core.workflow.WorkflowCallbacks;
import se.inera.kundportal.core.workflow.WorkflowResumer;
import se.inera.kundportal.core.workflow.WorkflowStarter;
import se.inera.kundportal.functions.aws.AwsClients;
import se.inera.kundportal.functions.aws.ProcessEnvironment;
import se.inera.kundportal.functions.bankid.BankIdAdapter;
import se.inera.kundportal.functions.bankid.BankIdClient;
import se.inera.kundportal.functions.bankid.CollectResult;
import se.inera.kundportal.functions.bankid.HttpBankIdClient;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.cognito.CognitoAdministratorAccounts;
import se.inera.kundportal.functions.cognito.CognitoMfaEnrolments;
import se.inera.kundportal.functions.cognito.MfaEnrolments;
import se.inera.kundportal.functions.cognito.TemporaryPasswordReissue;
import se.inera.kundportal.functions.cognito.TemporaryPasswords;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.OrderMails;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.SentMailMarkers;
import se.inera.kundportal.functions.mail.SesMailer;
import se.inera.kundportal.functions.mail.UncertainMails;
import se.inera.kundportal.functions.mail.UserMails;
import se.inera.kundportal.functions.users.PortalPersonAccess;
import se.inera.kundportal.functions.onboarding.OnboardingFailures;
import se.inera.kundportal.functions.order.OrderFacts;
import se.inera.kundportal.functions.signing.AgreementDocument;
import se.inera.kundportal.functions.signing.DynamoSigningSessions;
import se.inera.kundportal.functions.sms.SnsOneTimeCodeSender;
import se.inera.kundportal.functions.store.DynamoOnboardingFailures;
import se.inera.kundportal.functions.store.DynamoSentMailMarkers;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.workflow.SfnTaskTokenResumer;
import se.inera.kundportal.functions.workflow.StepFunctionsWorkflow;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Builds what a function's handler uses, from that function's environment ({@link #of(Map)}): the
 * adapters over the one table, core's use cases over them, BankID, the onboarding workflow and its
 * task handlers' pieces (mail, Cognito accounts, task tokens). Every piece, SDK clients included, is
 * built on first use, because each function needs only a few and has only their environment
 * variables (set in template.yaml): {@code TABLE_NAME}, {@code PORTAL_BASE_URL}, {@code SENDER_EMAIL}
 * everywhere; {@code USER_POOL_ID} and {@code TEMPORARY_PASSWORD_VALIDITY_DAYS} (default 3, the user
 * pool's policy) where administrator accounts are made; {@code ONBOARDING_STATE_MACHINE_ARN} where
 * onboarding is started or resumed; {@code BANKID_*} only in the signing functions.
 *
 * <p>Every handler has a constructor taking a {@code Wiring}: the local runtime builds one per function from that
 * function's own template.yaml variables, and the no-arg constructor that Lambda calls uses
 * {@link #forExecutionEnvironment()}, one per execution environment. Tests hand the pieces to the handlers' other
 * constructor. SDK clients are configured by {@link AwsClients} (URL-connection HTTP client, region from
 * {@code AWS_REGION}, credentials from the environment); endpoints are left to the SDK.
 */
public final class Wiring {
    public static final String USER_POOL_ID_VARIABLE = "USER_POOL_ID";
    public static final String PORTAL_BASE_URL_VARIABLE = "PORTAL_BASE_URL";
    public static final String SENDER_EMAIL_VARIABLE = "SENDER_EMAIL";
    public static final String PASSWORD_VALIDITY_VARIABLE = "TEMPORARY_PASSWORD_VALIDITY_DAYS";
    static final int DEFAULT_PASSWORD_VALIDITY_DAYS = 3;
    /** Days an order waits for an attestant before it expires (template parameter OrderAttestationDays). */
    public static final String ATTESTATION_DAYS_VARIABLE = "ORDER_ATTESTATION_DAYS";
    static final int DEFAULT_ATTESTATION_DAYS = 14;

    private final Map<String, String> environment;
    private final Clock clock;
    /** The environment's one source of link ids, codes and passwords; renewed after a SnapStart restore. */
    private final RenewableSecureRandom random = new RenewableSecureRandom();
    private final Supplier<DynamoDbClient> dynamoDb;
    private final Supplier<SesV2Client> ses;
    private final Supplier<CognitoIdentityProviderClient> cognito;
    private final Supplier<SfnClient> sfn;
    private final Supplier<DynamoStore> store;
    private final Supplier<ApplicationService> applicationService;
    private final Supplier<SignAgreement> signAgreement;
    private final Supplier<RegisterExistingCustomer> registerExistingCustomer;
    private final Supplier<LookUpCustomer> lookUpCustomer;
    private final Supplier<ManageUsers> manageUsers;
    private final Supplier<PersonAccess> personAccess;
    private final Supplier<BankIdClient> bankId;
    private final Supplier<SigningSessions> signingSessions;
    private final Supplier<SignWithBankId> signWithBankId;
    private final Supplier<StepFunctionsWorkflow> onboardingWorkflow;
    private final Supplier<OnboardingSteps> onboardingSteps;
    private final Supplier<OnboardingFailures> onboardingFailures;
    private final Supplier<OnboardingMails> onboardingMails;
    private final Supplier<SentMailMarkers> sentMailMarkers;
    private final Supplier<OnceOnlyMailer> onceOnlyMailer;
    private final Supplier<UncertainMails> uncertainMails;
    private final Supplier<TemporaryPasswordReissue> temporaryPasswordReissue;
    private final Supplier<AdministratorAccounts> administratorAccounts;
    private final Supplier<TaskTokenResumer> taskTokenResumer;
    private final Supplier<Rendezvous> rendezvous;
    private final Supplier<OnboardingWaits> onboardingWaits;
    private final Supplier<SnsClient> sns;
    private final Supplier<StepFunctionsWorkflow> orderWorkflow;
    private final Supplier<OrderWaits> orderWaits;
    private final Supplier<OrderSteps> orderSteps;
    private final Supplier<OrderMails> orderMails;
    private final Supplier<AttestOrderService> attestOrder;
    private final Supplier<AttestWithBankId> attestWithBankId;
    private final Supplier<MarkOrderDeliveredService> markOrderDelivered;
    private final Supplier<PlaceOrderService> placeOrder;

    Wiring(Map<String, String> environment, Clock clock, Supplier<DynamoDbClient> dynamoDb) {
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock);
        this.dynamoDb = once(Objects.requireNonNull(dynamoDb));
        // No SDK retries for SES: a retried SendEmail after a timeout or a 5xx may mail twice. OnceOnlyMailer
        // decides instead (a definite rejection is retried by the workflow, an uncertain send goes to the operator).
        this.ses = once(() -> AwsClients.configured(SesV2Client.builder(), this.environment)
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())).build());
        this.cognito = once(() -> AwsClients.configured(CognitoIdentityProviderClient.builder(), this.environment).build());
        this.sfn = once(() -> AwsClients.configured(SfnClient.builder(), this.environment).build());
        this.store = once(() -> DynamoStore.fromEnvironment(this.environment, this.dynamoDb.get(), clock));
        this.applicationService = once(() -> new ApplicationService(store().applications(), store().organisations(),
                store().auditLog(), application -> onboardingWorkflow().startOnboarding(application),
                new LazyResumer(this::onboardingWaits), clock));
        this.signAgreement = once(() -> new SignAgreementService(store().agreements(), store().organisations(),
                store().applications(), store().auditLog(), clock));
        this.registerExistingCustomer = once(() -> new RegisterExistingCustomerService(
                AgreementDocument.current().version(), store().organisations(), store().agreements(), store().users(),
                store().auditLog(), clock));
        this.lookUpCustomer = once(() -> new LookUpCustomerService(store().organisations(), store().agreements(),
                store().users(), store().orders()));
        // The person's login and mails are reached only when a role is given or a person removed: the reading
        // functions have neither the user pool's nor the sender's variables.
        this.personAccess = once(() -> new PortalPersonAccess(administratorAccounts(),
                new UserMails(new PortalLinks(required(PORTAL_BASE_URL_VARIABLE))), onceOnlyMailer()));
        this.manageUsers = once(() -> new ManageUsersService(store().organisations(), store().agreements(),
                store().applications(), store().users(), new LazyPersonAccess(this.personAccess), store().auditLog(),
                clock));
        this.bankId = once(() -> HttpBankIdClient.fromEnvironment(this.environment));
        // Each piece reads its variables before building a client, so a missing one is named first.
        this.onboardingWorkflow = once(() -> {
            String stateMachineArn = required(StepFunctionsWorkflow.STATE_MACHINE_ARN_VARIABLE);
            return new StepFunctionsWorkflow(sfn.get(), stateMachineArn, Json.MAPPER);
        });
        this.signingSessions = once(() -> new DynamoSigningSessions(this.dynamoDb.get(), tableName(), clock));
        // BankID and the workflow are reached only when used: the page function has neither's variables.
        this.signWithBankId = once(() -> new SignWithBankIdService(signAgreement(), store().agreements(),
                store().organisations(), store().applications(), signingSessions.get(), AgreementDocument.library(),
                bankIdPort(),
                agreement -> onboardingWaits().agreementSigned(agreement), store().bankIdStarts(), clock));
        this.onboardingSteps = once(() -> new OnboardingSteps(store().applications(), store().organisations(),
                store().agreements(), store().users(), store().auditLog(), random, clock));
        this.onboardingFailures = once(() -> new DynamoOnboardingFailures(this.dynamoDb.get(), tableName(), clock));
        this.onboardingMails = once(() -> new OnboardingMails(new PortalLinks(required(PORTAL_BASE_URL_VARIABLE))));
        this.sentMailMarkers = once(() -> new DynamoSentMailMarkers(this.dynamoDb.get(), tableName(), clock));
        this.onceOnlyMailer = once(() -> {
            String sender = required(SENDER_EMAIL_VARIABLE);
            return new OnceOnlyMailer(new SesMailer(ses.get(), sender), sentMailMarkers.get());
        });
        this.uncertainMails = once(() -> new UncertainMails(sentMailMarkers.get(), onceOnlyMailer(), clock));
        this.temporaryPasswordReissue = once(() -> new TemporaryPasswordReissue(manageUsers(),
                store().organisations(), administratorAccounts(), onboardingMails(), onceOnlyMailer()));
        this.administratorAccounts = once(() -> {
            String userPoolId = required(USER_POOL_ID_VARIABLE);
            return new CognitoAdministratorAccounts(cognito.get(), userPoolId,
                    new TemporaryPasswords(random), passwordValidityDays());
        });
        this.taskTokenResumer = once(() -> new SfnTaskTokenResumer(sfn.get(), Json.MAPPER));
        this.rendezvous = once(() -> new Rendezvous(callbacks(), taskTokenResumer.get(), clock));
        this.onboardingWaits = once(() -> new OnboardingWaits(store().applications(), store().agreements(),
                rendezvous()));
        this.sns = once(() -> AwsClients.configured(SnsClient.builder(), this.environment).build());
        this.orderWorkflow = once(() -> {
            String stateMachineArn = required(StepFunctionsWorkflow.ORDER_STATE_MACHINE_ARN_VARIABLE);
            return new StepFunctionsWorkflow(sfn.get(), stateMachineArn, Json.MAPPER);
        });
        this.orderWaits = once(() -> new OrderWaits(store().orders(), rendezvous()));
        this.orderSteps = once(() -> new OrderSteps(store().orders(), store().attestations(), store().users(),
                store().auditLog(), random, clock));
        this.orderMails = once(() -> new OrderMails(new PortalLinks(required(PORTAL_BASE_URL_VARIABLE))));
        // SNS and the workflow are reached only when used: opening the attestation page needs neither
        this.attestOrder = once(() -> new AttestOrderService(store().attestations(), store().orders(), store().users(),
                new LazyCodeSender(() -> new SnsOneTimeCodeSender(sns.get())), store().auditLog(),
                new LazyOrderEvents(orderWaits), random, clock));
        this.attestWithBankId = once(() -> new AttestWithBankIdService(attestOrder.get(), store().attestations(),
                store().orders(), store().users(), store().organisations(), store().catalogue(), bankIdPort(),
                store().bankIdStarts(), clock));
        this.markOrderDelivered = once(() -> new MarkOrderDeliveredService(store().orders(), store().auditLog(),
                orderWaits.get(), clock));
        this.placeOrder = once(() -> new PlaceOrderService(store().organisations(), store().users(),
                manageUsers(), store().catalogue(), store().orders(), store().auditLog(),
                order -> orderWorkflow.get().start(order.value(), Map.of("orderId", order.value())), clock,
                Duration.ofDays(positiveInt(ATTESTATION_DAYS_VARIABLE, DEFAULT_ATTESTATION_DAYS))));
    }

    /**
     * The wiring of one function: its environment variables (as template.yaml gives them to that function), the
     * system clock, and SDK clients built on first use and kept for the life of this object.
     */
    public static Wiring of(Map<String, String> environment) {
        Map<String, String> copy = Map.copyOf(environment);
        return new Wiring(copy, Clock.systemUTC(), () -> AwsClients.newDynamoDb(copy));
    }

    /**
     * What a handler's no-arg constructor (the one Lambda calls) uses: one wiring per execution environment, from
     * the process's environment variables, made on first use, with its SnapStart hooks ({@link SnapStartPriming})
     * registered.
     */
    public static Wiring forExecutionEnvironment() {
        return ExecutionEnvironment.WIRING;
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

    public LookUpCustomer lookUpCustomer() {
        return lookUpCustomer.get();
    }

    public ManageUsers manageUsers() {
        return manageUsers.get();
    }

    public SignWithBankId signWithBankId() {
        return signWithBankId.get();
    }

    private StepFunctionsWorkflow onboardingWorkflow() {
        return onboardingWorkflow.get();
    }

    public WorkflowStarter workflowStarter() {
        return onboardingWorkflow.get();
    }

    /** The person's side of the onboarding waits (core's rendezvous), for the use cases that decide and sign. */
    public WorkflowResumer workflowResumer() {
        return onboardingWaits();
    }

    // --- the onboarding workflow's task handlers ----------------------------------------------------

    /** The Kundavtal 2 text new agreements are created with (version and hash of the canonical text). */
    public static AgreementTerms currentAgreementTerms() {
        AgreementDocument document = AgreementDocument.current();
        return new AgreementTerms(document.version(), document.hash());
    }

    public static String currentAgreementTitle() {
        return AgreementDocument.current().title();
    }

    public OnboardingSteps onboardingSteps() {
        return onboardingSteps.get();
    }

    public WorkflowCallbacks callbacks() {
        return store().workflowCallbacks();
    }

    public OnboardingFailures onboardingFailures() {
        return onboardingFailures.get();
    }

    public OnboardingMails onboardingMails() {
        return onboardingMails.get();
    }

    public OnceOnlyMailer onceOnlyMailer() {
        return onceOnlyMailer.get();
    }

    /** The operators' list of mails that may not have arrived, and their resend. */
    public UncertainMails uncertainMails() {
        return uncertainMails.get();
    }

    public TemporaryPasswordReissue temporaryPasswordReissue() {
        return temporaryPasswordReissue.get();
    }

    public AdministratorAccounts administratorAccounts() {
        return administratorAccounts.get();
    }

    /** Operators' MFA enrolments, for the user pool's token trigger (the pool id comes with each event). */
    public MfaEnrolments mfaEnrolments() {
        return new CognitoMfaEnrolments(cognito.get());
    }

    /** Where issued signing links and their BankID orders are remembered. */
    public SigningSessions signingSessions() {
        return signingSessions.get();
    }

    public TaskTokenResumer taskTokenResumer() {
        return taskTokenResumer.get();
    }

    /** Core's one rendezvous of every wait for a person, over the parked tokens and SendTaskSuccess. */
    public Rendezvous rendezvous() {
        return rendezvous.get();
    }

    /**
     * How the sweeper ("Wake Parked Workflows") tells that each kind of wait is over: one
     * {@link AwaitedEvent.Source} per {@link se.inera.kundportal.core.workflow.CallbackKey.Kind}. A new wait for a
     * person adds its source here.
     */
    public List<AwaitedEvent.Source> awaitedEvents() {
        List<AwaitedEvent.Source> sources = new java.util.ArrayList<>(onboardingWaits().awaitedEvents());
        sources.addAll(orderWaits().awaitedEvents());
        return List.copyOf(sources);
    }

    /** The onboarding workflow's waits for a person, both sides, through core's one rendezvous. */
    public OnboardingWaits onboardingWaits() {
        return onboardingWaits.get();
    }

    // --- orders: the order workflow, attestation and delivery ---------------------------------------

    /** Places an order and starts its workflow ({@code ORDER_STATE_MACHINE_ARN}). */
    public PlaceOrder placeOrder() {
        return placeOrder.get();
    }

    /** Attestation through the mailed link: the page, the SMS code, approving and rejecting. */
    public AttestOrder attestOrder() {
        return attestOrder.get();
    }

    /** BankID as core's port sees it; the client is made on the first call (only the BankID functions have its variables). */
    private BankId bankIdPort() {
        return new BankIdAdapter(new LazyBankId(bankId));
    }

    /** Attestation through the mailed link with BankID instead of an SMS code. */
    public AttestWithBankId attestWithBankId() {
        return attestWithBankId.get();
    }

    /** Customer service records the access instructions; the order's workflow mails them. */
    public MarkOrderDelivered markOrderDelivered() {
        return markOrderDelivered.get();
    }

    /** The order workflow's waits for a person, both sides, through core's one rendezvous. */
    public OrderWaits orderWaits() {
        return orderWaits.get();
    }

    public OrderSteps orderSteps() {
        return orderSteps.get();
    }

    public OrderFacts.Reader orderFacts() {
        return new OrderFacts.Reader(store().orders(), store().organisations(), store().users(), store().catalogue());
    }

    public OrderMails orderMails() {
        return orderMails.get();
    }

    private int passwordValidityDays() {
        return positiveInt(PASSWORD_VALIDITY_VARIABLE, DEFAULT_PASSWORD_VALIDITY_DAYS);
    }

    private int positiveInt(String variable, int otherwise) {
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank())
                .map(Integer::parseInt).orElse(otherwise);
    }

    private String tableName() {
        return required(DynamoStore.TABLE_NAME_VARIABLE);
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

    // --- SnapStart (SnapStartPriming) ---------------------------------------------------------------

    /**
     * Before the snapshot: the work of a first request that changes nothing. The table is read at a key no item has
     * (every function has the table), and the JSON paths run on sample data; what the function's construction
     * already built stays built. Only {@code TABLE_NAME} is needed; a failed read (the function may not be allowed
     * {@code GetItem}) has still loaded the request path, so it is logged and the snapshot goes ahead.
     */
    void primeForSnapshot() {
        SnapStartPriming.runJsonPaths();
        if (environment.containsKey(DynamoStore.TABLE_NAME_VARIABLE)) {
            try {
                store().readKeyNoItemHas();
            } catch (RuntimeException refused) {
                System.getLogger(Wiring.class.getName()).log(System.Logger.Level.INFO,
                        "Priming read of the table failed; the snapshot is taken anyway: " + refused);
            }
        }
    }

    /** After a restore: this environment's own randomness, not the one copied from the snapshot. */
    void renewAfterRestore() {
        random.renew();
    }

    /** The randomness this wiring's use cases draw from. */
    RenewableSecureRandom random() {
        return random;
    }

    /**
     * Lazy holder: Lambda runs one execution environment per JVM, so this is the only static wiring. Its SnapStart
     * hooks are registered with it and kept as long (the runtime holds them weakly).
     */
    private static final class ExecutionEnvironment {
        static final Wiring WIRING = of(ProcessEnvironment.get());
        static final SnapStartPriming PRIMING = SnapStartPriming.register(WIRING);
    }

    /** BankID, configured on its first call. */
    private record LazyBankId(Supplier<BankIdClient> client) implements BankIdClient {
        @Override
        public BankId.Order sign(BankId.SignRequest order) {
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

    /** The SMS sender, configured on its first code. */
    private record LazyCodeSender(Supplier<OneTimeCodeSender> sender) implements OneTimeCodeSender {
        @Override
        public void send(MobileNumber to, String code, OrderId order, String orderSummary) {
            sender.get().send(to, code, order, orderSummary);
        }
    }

    /** The order waits, built on the first wake (opening the page never needs them). */
    private record LazyOrderEvents(Supplier<? extends OrderWorkflowEvents> events) implements OrderWorkflowEvents {
        @Override
        public void attestationSettled(OrderId order) {
            events.get().attestationSettled(order);
        }

        @Override
        public void delivered(OrderId order) {
            events.get().delivered(order);
        }
    }

    /** The onboarding waits, built on the first wake (submitting an application never needs them). */
    /** Core's port of logins and mails, built on its first use. */
    private record LazyPersonAccess(Supplier<PersonAccess> access) implements PersonAccess {
        @Override
        public void invite(User person, Organisation organisation, Set<Role> roles, String change) {
            access.get().invite(person, organisation, roles, change);
        }

        @Override
        public void informAttestant(User person, Organisation organisation, String change) {
            access.get().informAttestant(person, organisation, change);
        }

        @Override
        public void removeLogin(User person) {
            access.get().removeLogin(person);
        }
    }

    private record LazyResumer(Supplier<? extends WorkflowResumer> workflow) implements WorkflowResumer {
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
