package se.inera.kundportal.functions.onboarding;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.workflow.OnboardingSteps.AgreementTerms;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.core.workflow.WorkflowCallbacks;
import se.inera.kundportal.functions.aws.AwsClients;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.cognito.CognitoAdministratorAccounts;
import se.inera.kundportal.functions.cognito.TemporaryPasswords;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.SesMailer;
import se.inera.kundportal.functions.signing.AgreementDocument;
import se.inera.kundportal.functions.store.DynamoOnboardingFailures;
import se.inera.kundportal.functions.store.DynamoSentMailMarkers;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.workflow.SfnTaskTokenResumer;
import se.inera.kundportal.functions.workflow.StepFunctionsWorkflow;
import se.inera.kundportal.functions.workflow.TaskTokenResumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Builds the onboarding workflow's pieces once per execution environment, from environment
 * variables set in template.yaml: {@code TABLE_NAME}, {@code PORTAL_BASE_URL}, {@code SENDER_EMAIL},
 * {@code USER_POOL_ID}, {@code TEMPORARY_PASSWORD_VALIDITY_DAYS} (default 3, the user pool's
 * policy) and, for the functions that start onboarding, {@code ONBOARDING_STATE_MACHINE_ARN}.
 * The task handlers' no-argument constructors use it; tests use their other constructor.
 * The SDK clients are configured like {@code AwsClients}' (URL-connection HTTP client, region
 * from {@code AWS_REGION}, credentials from the environment); endpoints are left to the SDK.
 */
public final class OnboardingWiring {
    public static final String USER_POOL_ID_VARIABLE = "USER_POOL_ID";
    public static final String PORTAL_BASE_URL_VARIABLE = "PORTAL_BASE_URL";
    public static final String SENDER_EMAIL_VARIABLE = "SENDER_EMAIL";
    public static final String PASSWORD_VALIDITY_VARIABLE = "TEMPORARY_PASSWORD_VALIDITY_DAYS";
    static final int DEFAULT_PASSWORD_VALIDITY_DAYS = 3;

    private final Map<String, String> environment;
    private final Clock clock = Clock.systemUTC();
    private final DynamoStore store;
    private final WorkflowCallbacks callbacks;
    private final OnboardingSteps steps;
    private final DynamoOnboardingFailures failures;
    private volatile OnceOnlyMailer onceOnlyMailer;
    private volatile AdministratorAccounts administratorAccounts;
    private volatile TaskTokenResumer taskTokenResumer;
    private volatile StepFunctionsWorkflow workflow;

    private OnboardingWiring(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.store = DynamoStore.fromEnvironment();
        String tableName = required(DynamoStore.TABLE_NAME_VARIABLE);
        this.callbacks = store.workflowCallbacks();
        this.failures = new DynamoOnboardingFailures(AwsClients.dynamoDb(), tableName, clock);
        this.steps = new OnboardingSteps(store.applications(), store.organisations(), store.agreements(),
                store.users(), store.auditLog(), new SecureRandom(), clock);
    }

    /** This execution environment's wiring, built on first use. */
    public static OnboardingWiring fromEnvironment() {
        return Holder.INSTANCE;
    }

    /** The Kundavtal 2 text new agreements are created with (version and hash of the canonical text). */
    public static AgreementTerms currentAgreementTerms() {
        AgreementDocument document = AgreementDocument.current();
        return new AgreementTerms(document.version(), document.hash());
    }

    public static String currentAgreementTitle() {
        return AgreementDocument.current().title();
    }

    public Clock clock() {
        return clock;
    }

    public DynamoStore store() {
        return store;
    }

    public OnboardingSteps steps() {
        return steps;
    }

    public WorkflowCallbacks callbacks() {
        return callbacks;
    }

    public OnboardingFailures failures() {
        return failures;
    }

    public OnboardingMails mails() {
        return new OnboardingMails(new PortalLinks(required(PORTAL_BASE_URL_VARIABLE)));
    }

    public OnceOnlyMailer onceOnlyMailer() {
        if (onceOnlyMailer == null) {
            onceOnlyMailer = new OnceOnlyMailer(new SesMailer(Clients.SES, required(SENDER_EMAIL_VARIABLE)),
                    new DynamoSentMailMarkers(AwsClients.dynamoDb(), required(DynamoStore.TABLE_NAME_VARIABLE), clock));
        }
        return onceOnlyMailer;
    }

    public AdministratorAccounts administratorAccounts() {
        if (administratorAccounts == null) {
            int validityDays = Optional.ofNullable(environment.get(PASSWORD_VALIDITY_VARIABLE))
                    .filter(value -> !value.isBlank()).map(Integer::parseInt).orElse(DEFAULT_PASSWORD_VALIDITY_DAYS);
            administratorAccounts = new CognitoAdministratorAccounts(Clients.COGNITO, required(USER_POOL_ID_VARIABLE),
                    new TemporaryPasswords(new SecureRandom()), validityDays);
        }
        return administratorAccounts;
    }

    public TaskTokenResumer taskTokenResumer() {
        if (taskTokenResumer == null) {
            taskTokenResumer = new SfnTaskTokenResumer(Clients.SFN, Json.MAPPER);
        }
        return taskTokenResumer;
    }

    /**
     * The onboarding workflow as {@code WorkflowStarter} and {@code WorkflowResumer}, for the HTTP
     * functions (submit application, decide, sign); needs {@code ONBOARDING_STATE_MACHINE_ARN}.
     */
    public StepFunctionsWorkflow workflow() {
        if (workflow == null) {
            workflow = new StepFunctionsWorkflow(Clients.SFN,
                    required(StepFunctionsWorkflow.STATE_MACHINE_ARN_VARIABLE), callbacks, Json.MAPPER);
        }
        return workflow;
    }

    private String required(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + variable + " is not set");
        }
        return value;
    }

    private static final class Holder {
        static final OnboardingWiring INSTANCE = new OnboardingWiring(System.getenv());
    }

    /** The SDK clients, each built on first use, once per execution environment. */
    private static final class Clients {
        static final SesV2Client SES = SesV2Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region()).credentialsProvider(credentials()).build();
        static final CognitoIdentityProviderClient COGNITO = CognitoIdentityProviderClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region()).credentialsProvider(credentials()).build();
        static final SfnClient SFN = SfnClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region()).credentialsProvider(credentials()).build();

        private static Region region() {
            String region = Optional.ofNullable(System.getenv("AWS_REGION")).filter(value -> !value.isBlank())
                    .orElseGet(() -> System.getProperty("aws.region"));
            return Region.of(Objects.requireNonNull(region, "Set AWS_REGION (Lambda sets it)"));
        }

        private static AwsCredentialsProviderChain credentials() {
            return AwsCredentialsProviderChain.builder()
                    .credentialsProviders(EnvironmentVariableCredentialsProvider.create(),
                            SystemPropertyCredentialsProvider.create())
                    .reuseLastProviderEnabled(true).build();
        }
    }
}
