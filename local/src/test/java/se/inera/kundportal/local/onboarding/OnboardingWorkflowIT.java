package se.inera.kundportal.local.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.agreement.SignAgreement.SignCommand;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.onboarding.DecideApplication.ApproveCommand;
import se.inera.kundportal.core.onboarding.DecideApplication.Decided;
import se.inera.kundportal.core.onboarding.DecideApplication.RejectCommand;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.functions.onboarding.CustomerCreationFailed;
import se.inera.kundportal.local.asl.ExecutionDescription;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.lambda.LambdaFunction;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * The onboarding workflow end to end in the local engine: the real ASL and template wiring, the
 * real task handlers, dynalite, aws-ses-v2-local and cognito-local. Time is virtual: a reminder
 * interval passes in microseconds, and nothing moves until a test drives the clock.
 */
@StandIns({StandIn.DYNAMODB, StandIn.SES, StandIn.COGNITO})
class OnboardingWorkflowIT {
    private static final Actor OPERATOR = Actor.operator("olle@inera.se", "Olle Operatör");
    private static final Pattern SIGNING_LINK = Pattern.compile(
            Pattern.quote(OnboardingWorkflowHarness.PORTAL) + "/signera/([A-Za-z0-9_-]{22,128})");
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Tillfälligt lösenord: (\\S+)");
    private static final Pattern TASK_TOKEN = Pattern.compile("\\\\?\"taskToken\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]+)");

    private OnboardingWorkflowHarness harness;

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void takesAnApprovedApplicationThroughSignatureToAnActiveCustomer(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);
        assertThat(status(id)).isEqualTo(ExecutionStatus.RUNNING);

        Decided approved = harness.applications.approve(new ApproveCommand(id, OPERATOR));
        assertThat(approved.workflow()).as("deciding wakes the workflow").contains(ResumeOutcome.RESUMED);
        harness.clock.runReady();

        Agreement pending = harness.store.agreements().get(OnboardingSteps.agreementIdFor(id));
        assertThat(pending.status()).isEqualTo(AgreementStatus.PENDING_SIGNATURE);
        assertThat(harness.store.applications().get(id).status()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURE);
        SentMail signatoryMail = onlyMailTo(standIns, applicant.signatoryEmail());
        assertThat(linkIn(signatoryMail)).isEqualTo(pending.signingLink().orElseThrow().value());
        SentMail administratorMail = onlyMailTo(standIns, applicant.administratorEmail());
        assertThat(administratorMail.textBody().orElseThrow()).contains(OnboardingWorkflowHarness.PORTAL + "/logga-in");
        SentMail contactMail = onlyMailTo(standIns, applicant.agreementContactEmail());
        assertThat(contactMail.subject()).contains("kontaktperson");
        assertThat(administratorMail.htmlBody().orElseThrow())
                .as("names are escaped in the HTML part").contains("Vårdbolaget &lt;Test&gt; &amp; Co AB");
        assertThat(status(id)).as("waits for the signature").isEqualTo(ExecutionStatus.RUNNING);

        Agreement signed = harness.signing.sign(new SignCommand(pending.signingLink().orElseThrow(),
                signatureOf(pending)));
        assertThat(harness.waits.agreementSigned(signed.id())).isEqualTo(ResumeOutcome.RESUMED);
        harness.clock.runReady();

        assertThat(status(id)).isEqualTo(ExecutionStatus.SUCCEEDED);
        Organisation customer =
                harness.store.organisations().get(new Organisationsnummer(applicant.organisationsnummer()));
        assertThat(customer.canOrder()).isTrue();
        assertThat(harness.store.applications().get(id).status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(harness.store.users().rolesOf(customer.number()).members())
                .flatExtracting(member -> member.roles()).contains(Role.ADMINISTRATOR, Role.AGREEMENT_CONTACT);
        assertThat(standIns.mailbox().sentMailsTo(applicant.administratorEmail())).hasSize(2)
                .last().extracting(SentMail::subject).asString().contains("är nu kund hos Inera");
        assertThat(statesEntered(id)).containsSubsequence("Read Onboarding Settings", "Record Application",
                "Wait For Inera Decision", "Approved?", "Create Customer", "Send Onboarding E-mails",
                "Wait For Signature", "Activate Agreement", "Welcome Administrator", "Customer Onboarded");
        assertThat(statesEntered(id)).contains("E-mail Administrator", "E-mail Signatory", "E-mail Agreement Contact");
        assertNoMailCarriesATaskToken(standIns, id, applicant);
    }

    @Test
    void mailsTheAdministratorATemporaryPasswordThatMustBeChangedAtFirstSignIn(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);
        approve(id);

        String username = applicant.administratorEmail();
        assertThat(standIns.cognito().adminGetUser(request -> request.userPoolId(standIns.userPool().userPoolId())
                .username(username)).userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        Matcher password = TEMPORARY_PASSWORD.matcher(onlyMailTo(standIns, username).textBody().orElseThrow());
        assertThat(password.find()).as("the mail states the temporary password").isTrue();
        var signIn = standIns.cognito().initiateAuth(request -> request.clientId(standIns.userPool().clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password.group(1))));
        assertThat(signIn.challengeName()).as("a new password must be chosen at the first sign-in")
                .isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    }

    @Test
    void aRejectionTellsTheApplicantTheReasonAndEndsAsRejected(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);

        harness.applications.reject(new RejectCommand(id, OPERATOR, "Organisationen är inte en vårdgivare."));
        harness.clock.runReady();

        assertThat(status(id)).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(statesEntered(id)).containsSubsequence("Wait For Inera Decision", "Approved?", "Notify Applicant",
                "Application Rejected").doesNotContain("Create Customer");
        SentMail rejection = onlyMailTo(standIns, applicant.administratorEmail());
        assertThat(rejection.textBody().orElseThrow()).contains("Skäl: Organisationen är inte en vårdgivare.");
        assertThat(harness.store.organisations().findByNumber(new Organisationsnummer(applicant.organisationsnummer())))
                .isEmpty();
    }

    @Test
    void remindsTheSignatoryOncePerIntervalAndExpiresTheAgreementAtTheDeadline(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);
        approve(id);
        Instant mailed = harness.clock.now();
        Instant deadline = harness.store.agreements().get(OnboardingSteps.agreementIdFor(id)).expiresAt();

        // A reminder every hour, the link valid 3.5 hours: reminders after 1, 2 and 3 hours, expiry at 3.5 hours.
        harness.clock.advance(Duration.ofHours(4));

        assertThat(status(id)).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(statesEntered(id)).containsSubsequence("Start Signature Wait", "Wait For Signature",
                "Remind Signatory", "Signature Deadline Passed?", "Wait For Signature", "Remind Signatory",
                "Wait For Signature", "Remind Signatory", "Wait For Signature", "Remind Signatory",
                "Signature Deadline Passed?", "Expire Agreement", "Signing Link Expired");
        assertThat(entered(id, "Wait For Signature")).as("parked once per reminder, the last until the deadline")
                .containsExactly(mailed, mailed.plus(Duration.ofHours(1)), mailed.plus(Duration.ofHours(2)),
                        mailed.plus(Duration.ofHours(3)));
        assertThat(entered(id, "Remind Signatory")).containsExactly(mailed.plus(Duration.ofHours(1)),
                mailed.plus(Duration.ofHours(2)), mailed.plus(Duration.ofHours(3)), deadline);
        assertThat(entered(id, "Expire Agreement")).as("at the signing deadline").containsExactly(deadline);
        List<SentMail> toSignatory = standIns.mailbox().sentMailsTo(applicant.signatoryEmail());
        assertThat(toSignatory).extracting(SentMail::subject)
                .filteredOn(subject -> subject.startsWith("Påminnelse")).hasSize(3);
        assertThat(harness.store.agreements().get(OnboardingSteps.agreementIdFor(id)).status())
                .isEqualTo(AgreementStatus.EXPIRED);
        assertThat(harness.store.applications().get(id).status()).isEqualTo(ApplicationStatus.SIGNATURE_EXPIRED);
        assertThat(harness.store.organisations().get(new Organisationsnummer(applicant.organisationsnummer()))
                .agreementStanding()).isEqualTo(AgreementStanding.SIGNATURE_EXPIRED);
    }

    @Test
    void aDecisionWhoseWakeUpWasLostContinuesByItselfWithinTheHealInterval(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);
        harness.clock.advance(Duration.ofMinutes(2));

        harness.dropWakeUps.set(true);
        Decided approved = harness.applications.approve(new ApproveCommand(id, OPERATOR));
        assertThat(approved.workflow()).as("the wake-up was lost; the decision is stored all the same").isEmpty();
        harness.dropWakeUps.set(false);
        harness.clock.runReady();
        assertThat(statesEntered(id)).as("nothing woke the workflow").last().isEqualTo("Wait For Inera Decision");

        harness.clock.advance(OnboardingWorkflowHarness.HEAL_INTERVAL);

        assertThat(statesEntered(id)).as("the sweeper woke the one parked wait")
                .containsSubsequence("Wait For Inera Decision", "Approved?", "Create Customer")
                .last().isEqualTo("Wait For Signature");
        assertThat(entered(id, "Wait For Inera Decision")).hasSize(1);
        assertThat(onlyMailTo(standIns, applicant.signatoryEmail()).subject()).isNotBlank();
    }

    @Test
    void aSignatureWhoseWakeUpWasLostContinuesByItselfWithinTheHealInterval(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        ApplicationId id = submit(Applicants.unique());
        approve(id);
        harness.clock.advance(Duration.ofMinutes(7));
        Agreement pending = harness.store.agreements().get(OnboardingSteps.agreementIdFor(id));

        Agreement signed = harness.signing.sign(new SignCommand(pending.signingLink().orElseThrow(),
                signatureOf(pending)));
        harness.dropWakeUps.set(true);
        assertThatThrownBy(() -> harness.waits.agreementSigned(signed.id())).hasMessageContaining("throttled");
        harness.dropWakeUps.set(false);
        harness.clock.runReady();
        assertThat(status(id)).isEqualTo(ExecutionStatus.RUNNING);

        harness.clock.advance(OnboardingWorkflowHarness.HEAL_INTERVAL);

        assertThat(status(id)).as("the sweeper woke it").isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(statesEntered(id)).containsSubsequence("Wait For Signature", "Activate Agreement",
                "Welcome Administrator", "Customer Onboarded").doesNotContain("Remind Signatory");
        assertThat(entered(id, "Wait For Signature")).hasSize(1);
    }

    /**
     * A Standard execution holds at most 25,000 history events. With the template's defaults (30 days for the
     * decision, 14 days for the signing link, a reminder every 3 days) the longest onboarding adds a few dozen:
     * each wait is parked once per reminder or deadline, and the sweeper runs outside the execution. The sweep runs
     * daily here only to keep the test fast (each sweep is a query); it adds no history events at any rate.
     */
    @Test
    void theLongestWaitsWithTheDefaultTimeoutsAddOnlyAFewDozenHistoryEvents(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, Map.of(
                "OnboardingDecisionTimeoutSeconds", Long.toString(Duration.ofDays(30).toSeconds()),
                "SignatureReminderIntervalSeconds", Long.toString(Duration.ofDays(3).toSeconds()),
                "SigningLinkValiditySeconds", Long.toString(Duration.ofDays(14).toSeconds()),
                "WaitHealIntervalMinutes", Long.toString(Duration.ofDays(1).toMinutes())),
                logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);
        harness.clock.advance(Duration.ofDays(30).minusHours(1));
        int beforeTheDecision = history(id).size();
        approve(id);
        int beforeTheSignature = history(id).size();

        harness.clock.advance(Duration.ofDays(15));

        assertThat(status(id)).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(statesEntered(id)).containsSubsequence("Expire Agreement", "Signing Link Expired");
        assertThat(beforeTheDecision).as("30 days waiting for the decision").isLessThan(20);
        assertThat(history(id).size() - beforeTheSignature).as("14 days waiting for the signature, 4 reminders")
                .isLessThan(100);
        assertThat(history(id)).as("the whole onboarding, far from 25,000").hasSizeLessThan(200);
        assertThat(standIns.mailbox().sentMailsTo(applicant.signatoryEmail())).extracting(SentMail::subject)
                .filteredOn(subject -> subject.startsWith("Påminnelse")).hasSize(4);
    }

    @Test
    void anEmailStepRetriedAfterItsMailWentOutSendsNoSecondMail(StandInsEnvironment standIns) {
        AtomicBoolean failedOnce = new AtomicBoolean();
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> logicalId.equals("SendOnboardingEmailFunction")
                ? function -> failOnceAfterRunning(function, "SIGNATORY", failedOnce) : Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);

        approve(id);
        harness.clock.advance(Duration.ofMinutes(1));

        assertThat(failedOnce).as("the first E-mail Signatory attempt failed after sending").isTrue();
        assertThat(history(id)).filteredOn(event -> event.type().equals("TaskFailed")).hasSize(1);
        assertThat(standIns.mailbox().sentMailsTo(applicant.signatoryEmail())).hasSize(1);
        assertThat(statesEntered(id)).last().isEqualTo("Wait For Signature");
    }

    @Test
    void aSecondDecisionIsAConflictAndResumesNothing(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        ApplicationId id = submit(Applicants.unique());
        CustomerApplication approved = approve(id);

        assertThatThrownBy(() -> harness.applications.reject(new RejectCommand(id, OPERATOR, "Ångrar mig")))
                .isInstanceOf(UnexpectedStatusException.class);
        assertThatThrownBy(() -> harness.applications.approve(new ApproveCommand(id, OPERATOR)))
                .isInstanceOf(UnexpectedStatusException.class);
        assertThat(harness.waits.decisionMade(id, approved.decision().orElseThrow()))
                .as("a replayed resume finds no waiting workflow").isEqualTo(ResumeOutcome.NOTHING_WAITING);
        harness.clock.runReady();
        assertThat(statesEntered(id)).filteredOn("Create Customer"::equals).hasSize(1);
    }

    @Test
    void aDecisionStoredBeforeTheWorkflowWaitsIsPickedUpWhenItParks(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        CustomerApplication submitted = harness.applications.submit(applicant.application());
        Decided approved = harness.applications.approve(new ApproveCommand(submitted.id(), OPERATOR));
        assertThat(approved.workflow()).as("the execution has not reached its wait yet")
                .contains(ResumeOutcome.NOTHING_WAITING);

        harness.clock.runReady();

        assertThat(statesEntered(submitted.id())).contains("Create Customer", "Send Onboarding E-mails")
                .last().isEqualTo("Wait For Signature");
        assertThat(standIns.mailbox().sentMailsTo(applicant.signatoryEmail())).hasSize(1);
    }

    @Test
    void startingOnboardingTwiceRunsOneExecutionNamedAfterTheApplication(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        ApplicationId id = submit(Applicants.unique());

        harness.workflow.startOnboarding(id);
        harness.clock.runReady();

        assertThat(harness.engine.listExecutions(harness.stateMachineArn, null))
                .filteredOn(execution -> execution.name().equals(id.value())).hasSize(1);
        assertThat(statesEntered(id)).filteredOn("Record Application"::equals).hasSize(1);
    }

    @Test
    void aStartExecutionThatFailedOnceLeavesTheApplicationRetryableWithOneExecution(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        harness.failNextStartExecution();
        assertThatThrownBy(() -> harness.applications.submit(applicant.application()))
                .isInstanceOf(SdkClientException.class);

        ApplicationId id = submit(applicant);

        assertThat(harness.store.applications().findByOrganisation(
                new Organisationsnummer(applicant.organisationsnummer()))).extracting(CustomerApplication::id)
                .containsExactly(id);
        assertThat(harness.engine.listExecutions(harness.stateMachineArn, null))
                .filteredOn(execution -> execution.name().equals(id.value())).hasSize(1);
    }

    @Test
    void aDecisionThatNeverComesEndsTheApplicationFailedAndTheOrganisationMayApplyAgain(
            StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);

        harness.clock.advance(Duration.ofDays(1).plus(OnboardingWorkflowHarness.HEAL_INTERVAL));

        CustomerApplication failed = harness.store.applications().get(id);
        assertThat(failed.status()).isEqualTo(ApplicationStatus.FAILED);
        assertThat(failed.failureReason()).as("core's words for the operator").contains(
                Messages.DECISION_NOT_MADE_IN_TIME);
        ApplicationId again = submit(applicant);
        assertThat(again).isNotEqualTo(id);

        assertThat(status(id)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(statesEntered(id)).containsSubsequence("Wait For Inera Decision", "Decision Not Made In Time",
                "Report Onboarding Failure", "Onboarding Failed");
        assertThat(entered(id, "Wait For Inera Decision")).as("parked once").hasSize(1);
        assertThat(entered(id, "Decision Not Made In Time")).as("after DecisionTimeoutSeconds")
                .singleElement().isEqualTo(harness.executionStart(id).plus(Duration.ofDays(1)));
        assertThat(harness.failures.ofApplication(id)).singleElement().satisfies(failure -> {
            assertThat(failure.error()).isEqualTo("Onboarding.DecisionTimeout");
            assertThat(failure.executionId()).isEqualTo(harness.executionArn(id.value()));
        });
    }

    @Test
    void anOrganisationRegisteredAnotherWayMeanwhileStopsOnboardingWithANamedFailure(StandInsEnvironment standIns) {
        harness = new OnboardingWorkflowHarness(standIns, logicalId -> Function.identity());
        Applicants applicant = Applicants.unique();
        ApplicationId id = submit(applicant);
        CustomerApplication application = harness.store.applications().get(id);
        harness.store.organisations().register(new Organisation(application.organisation(), AgreementStanding.SIGNED,
                harness.clock.now().minusSeconds(60), 0));

        approve(id);

        assertThat(status(id)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(statesEntered(id)).containsSubsequence("Create Customer", "Report Onboarding Failure",
                "Onboarding Failed").doesNotContain("Send Onboarding E-mails");
        assertThat(harness.failures.ofApplication(id)).singleElement().satisfies(failure -> {
            assertThat(failure.error()).isEqualTo(CustomerCreationFailed.class.getName());
            assertThat(failure.message()).contains("registrerades som kund på annat sätt");
        });
        assertThat(harness.store.applications().get(id).status()).isEqualTo(ApplicationStatus.FAILED);
        assertThat(standIns.mailbox().sentMailsTo(applicant.signatoryEmail())).isEmpty();
    }

    // --- the steps a test takes ---------------------------------------------------------------

    private ApplicationId submit(Applicants applicant) {
        CustomerApplication submitted = harness.applications.submit(applicant.application());
        harness.clock.runReady();
        assertThat(statesEntered(submitted.id())).last().isEqualTo("Wait For Inera Decision");
        return submitted.id();
    }

    private CustomerApplication approve(ApplicationId id) {
        CustomerApplication approved = harness.applications.approve(new ApproveCommand(id, OPERATOR)).application();
        harness.clock.runReady();
        return approved;
    }

    private BankIdSignature signatureOf(Agreement agreement) {
        return new BankIdSignature(new Personnummer("191212121212"), Applicants.SIGNATORY_NAME,
                harness.clock.now(), "order-ref-" + agreement.id(), "PHNpZ25hdHVyZS8+", "b2NzcA==",
                agreement.documentHash());
    }

    // --- what a test reads ----------------------------------------------------------------------

    private ExecutionStatus status(ApplicationId id) {
        ExecutionDescription execution = harness.engine.describeExecution(harness.executionArn(id.value()));
        return execution.status();
    }

    private List<HistoryEvent> history(ApplicationId id) {
        return harness.engine.getExecutionHistory(harness.executionArn(id.value()));
    }

    /** When the state {@code name} was entered, each time. */
    private List<Instant> entered(ApplicationId id, String name) {
        return history(id).stream().filter(event -> event.type().endsWith("StateEntered"))
                .filter(event -> event.details().path("name").asText().equals(name))
                .map(HistoryEvent::timestamp).toList();
    }

    private List<String> statesEntered(ApplicationId id) {
        return history(id).stream().filter(event -> event.type().endsWith("StateEntered"))
                .map(event -> event.details().path("name").asText()).toList();
    }

    private static SentMail onlyMailTo(StandInsEnvironment standIns, String address) {
        List<SentMail> mails = standIns.mailbox().sentMailsTo(address);
        assertThat(mails).as("mail to " + address).hasSize(1);
        assertThat(mails.get(0).from()).contains(OnboardingWorkflowHarness.SENDER);
        return mails.get(0);
    }

    private static String linkIn(SentMail mail) {
        Matcher link = SIGNING_LINK.matcher(mail.textBody().orElseThrow());
        assertThat(link.find()).as("a signing link in: " + mail.textBody()).isTrue();
        Matcher inHtml = SIGNING_LINK.matcher(mail.htmlBody().orElseThrow());
        assertThat(inHtml.find()).isTrue();
        assertThat(inHtml.group(1)).isEqualTo(link.group(1));
        return link.group(1);
    }

    private void assertNoMailCarriesATaskToken(StandInsEnvironment standIns, ApplicationId id, Applicants applicant) {
        List<String> tokens = history(id).stream()
                .filter(event -> event.type().equals("TaskScheduled"))
                .map(event -> event.details().path("parameters").asText())
                .flatMap(parameters -> {
                    Matcher token = TASK_TOKEN.matcher(parameters);
                    return token.find() ? Stream.of(token.group(1)) : Stream.empty();
                }).toList();
        assertThat(tokens).as("the waits were handed task tokens").hasSizeGreaterThanOrEqualTo(2);
        List<SentMail> mails = Stream.of(applicant.administratorEmail(), applicant.signatoryEmail(),
                applicant.agreementContactEmail()).flatMap(address -> standIns.mailbox().sentMailsTo(address).stream())
                .toList();
        assertThat(mails).hasSize(4);
        for (SentMail mail : mails) {
            String everything = mail.subject() + mail.htmlBody().orElse("") + mail.textBody().orElse("");
            tokens.forEach(token -> assertThat(everything).doesNotContain(token));
        }
    }

    /** Runs the real function, then fails the first call whose request mentions {@code marker} as Lambda would. */
    private static LambdaFunction failOnceAfterRunning(LambdaFunction function, String marker, AtomicBoolean failed) {
        return (request, invocation) -> function.invoke(request, invocation).thenCompose(response -> {
            if (new String(request, StandardCharsets.UTF_8).contains(marker)
                    && failed.compareAndSet(false, true)) {
                return CompletableFuture.failedFuture(new LambdaFunctionException("Lambda.ServiceException",
                        "{\"errorMessage\":\"The function's response was lost\"}"));
            }
            return CompletableFuture.completedFuture(response);
        });
    }

}
