package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.customer.RegisterExistingCustomerService;
import se.inera.kundportal.core.user.ManageUsersService;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.functions.cognito.CognitoAdministratorAccounts;
import se.inera.kundportal.functions.cognito.TemporaryPasswordReissue;
import se.inera.kundportal.functions.cognito.TemporaryPasswords;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.SesMailer;
import se.inera.kundportal.functions.signing.AgreementDocument;
import se.inera.kundportal.functions.users.RecordingPersonAccess;
import se.inera.kundportal.functions.store.DynamoSentMailMarkers;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * {@code POST /operator/customers} over the real adapters: DynamoDB, the Cognito user pool and SES
 * (stand-ins). The administrator of an existing Kundavtal 2 customer gets what a new customer's
 * administrator gets from onboarding: an account and one mail with a temporary password.
 */
@StandIns({StandIn.DYNAMODB, StandIn.SES, StandIn.COGNITO})
class RegisterExistingCustomerWithStandInsIT {
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Tillfälligt lösenord: (\\S+)");

    private final Clock clock = Clock.systemUTC();
    private final Organisationsnummer organisation = uniqueOrganisation();
    private final String requestId = UUID.randomUUID().toString();
    private final String administratorEmail = "rita-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    private StandInsEnvironment standIns;
    private DynamoStore store;
    private SesV2Client ses;
    private SesV2Client unreachableSes;

    @BeforeEach
    void setUp(StandInsEnvironment standIns) {
        this.standIns = standIns;
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), clock);
        ses = ses(standIns.endpoint(StandIn.SES));
        unreachableSes = ses(URI.create("http://127.0.0.1:9"));
    }

    @AfterEach
    void close() {
        ses.close();
        unreachableSes.close();
    }

    @Test
    void givesTheAdministratorAnAccountAndOneMailWithATemporaryPasswordToChangeAtFirstSignIn() {
        var body = assertResponse(handler(ses).handleRequest(registration(administratorEmail), null), 201);

        assertThat(body.path("organisationsnummer").asText()).isEqualTo(organisation.value());
        assertThat(store.users().rolesOf(organisation).usersWith(Role.ADMINISTRATOR)).singleElement()
                .satisfies(user -> assertThat(user.email().value()).isEqualTo(administratorEmail));
        var account = standIns.cognito().adminGetUser(request -> request
                .userPoolId(standIns.userPool().userPoolId()).username(administratorEmail));
        assertThat(account.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);

        SentMail mail = onlyMailToAdministrator();
        assertThat(mail.subject()).isEqualTo("Ditt konto i Ineras kundportal för Region Exempel");
        assertThat(mail.textBody().orElseThrow()).contains("har redan Kundavtal 2")
                .contains("Användarnamn: " + administratorEmail).contains("https://kundportal.example.se/logga-in").contains("gäller i 3 dagar");
        assertThat(mail.htmlBody().orElseThrow()).contains("<html lang=\"sv\">");

        var signIn = standIns.cognito().initiateAuth(request -> request.clientId(standIns.userPool().clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", administratorEmail, "PASSWORD", temporaryPasswordIn(mail))));
        assertThat(signIn.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    }

    @Test
    void aRetryAfterTheMailServiceFailedFinishesTheAccessWithOneMailAndAThirdRequestIsAConflict() {
        var failed = assertResponse(handler(unreachableSes).handleRequest(registration(administratorEmail), null), 503);
        assertThat(failed.path("message").asText()).contains("Skicka samma registrering igen");
        assertThat(store.organisations().findByNumber(organisation)).isPresent();
        assertThat(mailsToAdministrator()).isEmpty();

        assertResponse(handler(ses).handleRequest(registration(administratorEmail), null), 201);
        assertResponse(handler(ses).handleRequest(registration(administratorEmail), null), 409);

        assertThat(onlyMailToAdministrator().textBody().orElseThrow()).contains("Tillfälligt lösenord: ");
        assertThat(store.agreements().findByOrganisation(organisation)).hasSize(1);
        assertThat(store.users().rolesOf(organisation).usersWith(Role.ADMINISTRATOR)).hasSize(1);
    }

    @Test
    void anUnfinishedRegistrationIsNotTakenOverByAnotherAdministrator() {
        assertResponse(handler(unreachableSes).handleRequest(registration(administratorEmail), null), 503);

        String someoneElse = "annan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        assertResponse(handler(ses).handleRequest(registration(someoneElse), null), 409);

        assertThat(standIns.mailbox().sentMailsTo(someoneElse)).isEmpty();
    }

    @Test
    void anAdministratorWhoAlreadySignsInIsToldToSignInAsUsualAndKeepsTheirPassword() {
        String userPool = standIns.userPool().userPoolId();
        standIns.cognito().adminCreateUser(request -> request.userPoolId(userPool).username(administratorEmail)
                .messageAction("SUPPRESS"));
        standIns.cognito().adminSetUserPassword(request -> request.userPoolId(userPool).username(administratorEmail)
                .password("Eget-Lösen0rd!x").permanent(true));

        assertResponse(handler(ses).handleRequest(registration(administratorEmail), null), 201);

        SentMail mail = onlyMailToAdministrator();
        assertThat(mail.subject()).isEqualTo("Region Exempel finns nu i Ineras kundportal");
        assertThat(mail.textBody().orElseThrow()).contains("Logga in som vanligt").doesNotContain("lösenord:");
        assertThat(standIns.cognito().adminGetUser(request -> request.userPoolId(userPool)
                .username(administratorEmail)).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void anOperatorIssuesANewTemporaryPasswordThatReachesTheAdministratorOnceAndReplacesTheFirst() {
        assertResponse(handler(ses).handleRequest(registration(administratorEmail), null), 201);
        String first = temporaryPasswordIn(onlyMailToAdministrator());
        String userId = store.users().rolesOf(organisation).usersWith(Role.ADMINISTRATOR).get(0).id().value();

        var issued = assertResponse(temporaryPasswordHandler().handleRequest(newTemporaryPassword(userId), null), 200);
        assertThat(issued.path("mailed").asBoolean()).isTrue();
        var doubleClick = assertResponse(temporaryPasswordHandler().handleRequest(newTemporaryPassword(userId), null),
                200);
        assertThat(doubleClick.path("mailed").asBoolean()).as("the same request id mails nothing again").isFalse();

        List<SentMail> mails = mailsToAdministrator();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).isEqualTo("Nytt tillfälligt lösenord till Ineras kundportal för Region Exempel");
        String second = temporaryPasswordIn(mails.get(1));
        assertThat(second).isNotEqualTo(first);
        var signIn = standIns.cognito().initiateAuth(request -> request.clientId(standIns.userPool().clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", administratorEmail, "PASSWORD", second)));
        assertThat(signIn.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    }

    private IssueTemporaryPasswordHandler temporaryPasswordHandler() {
        var accounts = new CognitoAdministratorAccounts(standIns.cognito(), standIns.userPool().userPoolId(),
                new TemporaryPasswords(new SecureRandom()), 3);
        var mailer = new OnceOnlyMailer(new SesMailer(ses, "kundportal@example.se"),
                new DynamoSentMailMarkers(standIns.dynamoDb(), standIns.tableName(), clock));
        return new IssueTemporaryPasswordHandler(new TemporaryPasswordReissue(
                new ManageUsersService(store.organisations(), store.agreements(), store.applications(), store.users(),
                        new RecordingPersonAccess(), store.auditLog(), clock),
                store.organisations(), accounts, new OnboardingMails(new PortalLinks("https://kundportal.example.se")),
                mailer));
    }

    /** The event in {@code events/}, for this test's organisation and administrator. */
    private APIGatewayV2HTTPEvent newTemporaryPassword(String userId) {
        APIGatewayV2HTTPEvent event = ApiEvents.load("issue-temporary-password/new-temporary-password.json");
        event.setPathParameters(Map.of("organisationsnummer", organisation.value(), "userId", userId));
        event.setBody("{\"requestId\": \"" + requestId + "\"}");
        return event;
    }

    private RegisterExistingCustomerHandler handler(SesV2Client sesClient) {
        var accounts = new CognitoAdministratorAccounts(standIns.cognito(), standIns.userPool().userPoolId(),
                new TemporaryPasswords(new SecureRandom()), 3);
        var mailer = new OnceOnlyMailer(new SesMailer(sesClient, "kundportal@example.se"),
                new DynamoSentMailMarkers(standIns.dynamoDb(), standIns.tableName(), clock));
        var register = new RegisterExistingCustomerService(AgreementDocument.current().version(),
                store.organisations(), store.agreements(), store.users(), store.auditLog(), clock);
        return new RegisterExistingCustomerHandler(register, store.organisations(), store.users(),
                new ExistingCustomerAccess(accounts,
                        new OnboardingMails(new PortalLinks("https://kundportal.example.se")), mailer), clock);
    }

    /** The event in {@code events/}, for this test's organisation and administrator. */
    private APIGatewayV2HTTPEvent registration(String administrator) {
        APIGatewayV2HTTPEvent event = ApiEvents.load("register-existing-customer/existing-kundavtal-2-customer.json");
        try {
            ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.getBody());
            ((ObjectNode) body.path("organisation")).put("organisationsnummer", organisation.value());
            ((ObjectNode) body.path("administrator")).put("email", administrator);
            event.setBody(Json.MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return event;
    }

    private List<SentMail> mailsToAdministrator() {
        return standIns.mailbox().sentMailsTo(administratorEmail);
    }

    private SentMail onlyMailToAdministrator() {
        List<SentMail> mails = mailsToAdministrator();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String temporaryPasswordIn(SentMail mail) {
        Matcher matcher = TEMPORARY_PASSWORD.matcher(mail.textBody().orElseThrow());
        assertThat(matcher.find()).as("the mail carries a temporary password").isTrue();
        return matcher.group(1);
    }

    private static SesV2Client ses(URI endpoint) {
        return SesV2Client.builder().endpointOverride(endpoint).region(StandInClients.REGION)
                .credentialsProvider(StandInClients.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static Organisationsnummer uniqueOrganisation() {
        String nine = "55990" + String.format("%04d", new SecureRandom().nextInt(10_000));
        for (int check = 0; check < 10; check++) {
            String candidate = nine.substring(0, 6) + "-" + nine.substring(6) + check;
            if (Organisationsnummer.isValid(candidate)) {
                return Organisationsnummer.parse(candidate);
            }
        }
        throw new AssertionError("no check digit for " + nine);
    }
}
