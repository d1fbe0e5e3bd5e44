package se.inera.kundportal.local.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import se.inera.kundportal.core.agreement.SignAgreementService;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.onboarding.ApplicationService;
import se.inera.kundportal.core.workflow.OnboardingSteps.AgreementTerms;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.core.workflow.OnboardingWaits;
import se.inera.kundportal.core.workflow.Rendezvous;
import se.inera.kundportal.core.workflow.TaskTokenResumer;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.cognito.CognitoAdministratorAccounts;
import se.inera.kundportal.functions.cognito.TemporaryPasswords;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.SesMailer;
import se.inera.kundportal.functions.wiring.Wiring;
import se.inera.kundportal.functions.signing.DynamoSigningSessions;
import se.inera.kundportal.functions.onboarding.ActivateAgreementHandler;
import se.inera.kundportal.functions.onboarding.AwaitDecisionHandler;
import se.inera.kundportal.functions.onboarding.AwaitSignatureHandler;
import se.inera.kundportal.functions.onboarding.CreateCustomerHandler;
import se.inera.kundportal.functions.onboarding.ExpireAgreementHandler;
import se.inera.kundportal.functions.onboarding.NotifyApplicantHandler;
import se.inera.kundportal.functions.onboarding.RecordApplicationHandler;
import se.inera.kundportal.functions.onboarding.ReportOnboardingFailureHandler;
import se.inera.kundportal.functions.onboarding.SendOnboardingEmailHandler;
import se.inera.kundportal.functions.onboarding.SignatureReminderHandler;
import se.inera.kundportal.functions.onboarding.WelcomeAdministratorHandler;
import se.inera.kundportal.functions.store.DynamoOnboardingFailures;
import se.inera.kundportal.functions.store.DynamoSentMailMarkers;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.workflow.SfnTaskTokenResumer;
import se.inera.kundportal.functions.workflow.StepFunctionsWorkflow;
import se.inera.kundportal.functions.workflow.WakeParkedWorkflowsHandler;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.lambda.LambdaFunction;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.local.gateway.TemplateValues;
import se.inera.kundportal.local.runtime.ScheduledFunctions;
import se.inera.kundportal.local.sfn.StepFunctionsApi;
import se.inera.kundportal.local.sfn.StepFunctionsServer;
import se.inera.kundportal.local.workflow.TemplateStateMachines;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * The real onboarding state machine ({@code statemachine/onboarding.asl.json}, substitutions from
 * {@code template.yaml}) in the local engine on a virtual clock, its task functions being the real
 * handler classes the template names, wired to the stand-ins (dynalite, aws-ses-v2-local,
 * cognito-local) through their test constructors. The engine's Step Functions API runs on a local
 * port so the real {@link StepFunctionsWorkflow} starts executions and core's rendezvous resumes them
 * through an SfnClient. The template's scheduled functions (the sweeper "Wake Parked Workflows") run on the
 * virtual clock at their rate, as the local runtime runs them.
 * Nothing happens until a test drives {@link #clock}.
 */
final class OnboardingWorkflowHarness implements AutoCloseable {
    static final String REGION = "eu-north-1";
    static final String ACCOUNT = "123456789012";
    static final String PORTAL = "https://kundportal.example.se";
    static final String SENDER = "kundportal@example.se";
    /** The sweeper of parked waits runs every five minutes (the template's default): a lost wake-up heals within it. */
    static final Duration HEAL_INTERVAL = Duration.ofMinutes(5);
    /**
     * The template's parameters as the tests set them: a day for the decision, an hour between reminders, a
     * link valid 3.5 hours, the template's default sweep interval.
     */
    static final Map<String, String> SETTINGS = Map.of(
            "OnboardingDecisionTimeoutSeconds", "86400",
            "SignatureReminderIntervalSeconds", "3600",
            "SigningLinkValiditySeconds", "12600",
            "WaitHealIntervalMinutes", Long.toString(HEAL_INTERVAL.toMinutes()));

    final VirtualScheduler clock = new VirtualScheduler(Instant.parse("2026-03-02T08:00:00Z"));
    final Clock wallClock = new TemplateStateMachines.SchedulerClock(clock);
    final AslEngine engine = new AslEngine(clock, new LambdaRegistry(), REGION, ACCOUNT);
    final StepFunctionsApi api = new StepFunctionsApi(engine);
    final StepFunctionsServer server;
    final SfnClient sfn;
    private final StartExecutionFailingOnce startExecutionFailingOnce = new StartExecutionFailingOnce();
    final SesV2Client ses;
    final DynamoStore store;
    final DynamoOnboardingFailures failures;
    final OnboardingSteps steps;
    final StepFunctionsWorkflow workflow;
    /** The person's side of the waits, as the decide and sign use cases call it; its wake-ups can be dropped. */
    final OnboardingWaits waits;
    /** Set to lose the person side's wake-ups (a throttled SendTaskSuccess that never arrives). */
    final AtomicBoolean dropWakeUps = new AtomicBoolean();
    final ApplicationService applications;
    final SignAgreementService signing;
    final AdministratorAccounts accounts;
    final AgreementTerms terms = Wiring.currentAgreementTerms();
    final String stateMachineArn;
    /** Task handler by class: what the template's {@code Handler} names is registered under the function's ARN. */
    private final Map<Class<?>, Object> handlers = new LinkedHashMap<>();
    private final SamTemplate template = SamTemplate.ofProject();
    private final Map<String, String> settings;
    /** The template's scheduled functions (the sweeper), on the virtual clock at their rate. */
    private final ScheduledFunctions scheduled;

    /**
     * @param wrap lets a test put something around a function (e.g. fail after the real handler ran);
     *             given the function's logical id and the real function
     */
    OnboardingWorkflowHarness(StandInsEnvironment standIns,
                              Function<String, Function<LambdaFunction, LambdaFunction>> wrap) {
        this(standIns, SETTINGS, wrap);
    }

    /** @param settings the template's parameters, as {@link #SETTINGS} has them */
    OnboardingWorkflowHarness(StandInsEnvironment standIns, Map<String, String> settings,
                              Function<String, Function<LambdaFunction, LambdaFunction>> wrap) {
        this.settings = Map.copyOf(settings);
        try {
            server = api.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sfn = SfnClient.builder().endpointOverride(server.endpoint()).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        ses = SesV2Client.builder().endpointOverride(standIns.endpoint(StandIn.SES)).region(StandInClients.REGION)
                .credentialsProvider(StandInClients.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();

        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), wallClock);
        failures = new DynamoOnboardingFailures(standIns.dynamoDb(), standIns.tableName(), wallClock);
        steps = new OnboardingSteps(store.applications(), store.organisations(), store.agreements(), store.users(),
                store.auditLog(), new SecureRandom(), wallClock);
        signing = new SignAgreementService(store.agreements(), store.organisations(), store.applications(),
                store.auditLog(), wallClock);
        accounts = new CognitoAdministratorAccounts(standIns.cognito(), standIns.userPool().userPoolId(),
                new TemporaryPasswords(new SecureRandom()), 3);

        OnboardingMails mails = new OnboardingMails(new PortalLinks(PORTAL));
        OnceOnlyMailer mailer = new OnceOnlyMailer(new SesMailer(ses, SENDER),
                new DynamoSentMailMarkers(standIns.dynamoDb(), standIns.tableName(), wallClock));
        TaskTokenResumer resumer = new SfnTaskTokenResumer(sfn, Json.MAPPER);
        String title = Wiring.currentAgreementTitle();
        add(new RecordApplicationHandler(steps));
        OnboardingWaits workflowSide = new OnboardingWaits(store.applications(), store.agreements(),
                new Rendezvous(store.workflowCallbacks(), resumer, wallClock));
        waits = new OnboardingWaits(store.applications(), store.agreements(),
                new Rendezvous(store.workflowCallbacks(), droppingWhenAsked(resumer), wallClock));
        add(new AwaitDecisionHandler(workflowSide));
        Rendezvous sweeperSide = new Rendezvous(store.workflowCallbacks(), resumer, wallClock);
        add(new WakeParkedWorkflowsHandler(sweeperSide, workflowSide.awaitedEvents()));
        add(new CreateCustomerHandler(steps, accounts,
                new DynamoSigningSessions(standIns.dynamoDb(), standIns.tableName(), wallClock), terms));
        add(new SendOnboardingEmailHandler(store.applications(), store.agreements(), accounts, mails, mailer, title));
        add(new AwaitSignatureHandler(workflowSide));
        add(new SignatureReminderHandler(steps, store.applications(), store.agreements(), mails, mailer, title));
        add(new ExpireAgreementHandler(steps));
        add(new ActivateAgreementHandler(steps));
        add(new WelcomeAdministratorHandler(store.applications(), mails, mailer, title));
        add(new NotifyApplicantHandler(store.applications(), mails, mailer));
        add(new ReportOnboardingFailureHandler(failures, steps, wallClock));

        String definition = TemplateStateMachines.resolvedDefinition(template, "OnboardingStateMachine", settings,
                api, handlers, wrap);
        stateMachineArn = engine.createStateMachine("kundportal-onboarding", definition,
                "arn:aws:iam::" + ACCOUNT + ":role/kundportal-onboarding").stateMachineArn();
        workflow = new StepFunctionsWorkflow(sfn, stateMachineArn, Json.MAPPER);
        StepFunctionsWorkflow starter = new StepFunctionsWorkflow(startExecutionFailingOnce, stateMachineArn,
                Json.MAPPER);
        applications = new ApplicationService(store.applications(), store.organisations(), store.auditLog(), starter,
                waits, wallClock);
        List<String> problems = new ArrayList<>();
        scheduled = ScheduledFunctions.start(ScheduledFunctions.of(template, TemplateValues.of(this.settings),
                problems::add), functionId -> Optional.of(TemplateStateMachines.function(template, functionId, handlers, wrap)), clock, REGION, ACCOUNT,
                problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Scheduled functions that do not run: " + problems);
        }
    }

    /** {@code resumer}, except that while {@link #dropWakeUps} is set a wake-up is lost on its way. */
    private TaskTokenResumer droppingWhenAsked(TaskTokenResumer resumer) {
        return (taskToken, output, what) -> {
            if (dropWakeUps.get()) {
                throw new IllegalStateException("SendTaskSuccess for " + what + " was throttled and not retried");
            }
            return resumer.resume(taskToken, output, what);
        };
    }

    /** The next StartExecution of a submission fails as an unreachable Step Functions would; once. */
    void failNextStartExecution() {
        startExecutionFailingOnce.failNext.set(true);
    }

    /** The harness's SfnClient, except that StartExecution can be made to fail once. */
    private final class StartExecutionFailingOnce implements SfnClient {
        final AtomicBoolean failNext = new AtomicBoolean();

        @Override
        public StartExecutionResponse startExecution(StartExecutionRequest request) {
            if (failNext.getAndSet(false)) {
                throw SdkClientException.create("Unable to execute HTTP request: Connection reset");
            }
            return sfn.startExecution(request);
        }

        @Override
        public String serviceName() {
            return sfn.serviceName();
        }

        @Override
        public void close() {
            // the harness closes its own client
        }
    }

    /** The repository root, where template.yaml, statemachine/ and events/ live. */
    static Path projectDirectory() {
        return SamTemplate.ofProject().source().getParent();
    }

    String executionArn(String applicationId) {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + applicationId;
    }

    /** When the application's onboarding execution started. */
    Instant executionStart(ApplicationId id) {
        return engine.describeExecution(executionArn(id.value())).startDate();
    }

    private void add(Object handler) {
        handlers.put(handler.getClass(), handler);
    }

    @Override
    public void close() {
        scheduled.close();
        sfn.close();
        ses.close();
        server.close();
    }
}
