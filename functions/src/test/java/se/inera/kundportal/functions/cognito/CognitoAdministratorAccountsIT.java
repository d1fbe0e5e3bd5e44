package se.inera.kundportal.functions.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

@StandIns(StandIn.COGNITO)
class CognitoAdministratorAccountsIT {
    private StandInsEnvironment standIns;
    private CognitoAdministratorAccounts accounts;
    private Contact administrator;

    @BeforeEach
    void connect(StandInsEnvironment standIns) {
        this.standIns = standIns;
        accounts = new CognitoAdministratorAccounts(standIns.cognito(), standIns.userPool().userPoolId(),
                new TemporaryPasswords(new SecureRandom()), 3);
        administrator = new Contact("Anna Administratör",
                new EmailAddress("anna-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se"),
                new MobileNumber("+46701234567"));
    }

    @Test
    void createsTheAccountOnceWithoutCognitosOwnMail() {
        assertThat(accounts.ensureAccount(administrator)).isEqualTo(AdministratorAccounts.Outcome.CREATED);
        assertThat(accounts.ensureAccount(administrator)).isEqualTo(AdministratorAccounts.Outcome.ALREADY_EXISTED);

        var user = standIns.cognito().adminGetUser(request -> request.userPoolId(standIns.userPool().userPoolId())
                .username(administrator.email().value()));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(user.userAttributes()).anySatisfy(attribute -> {
            assertThat(attribute.name()).isEqualTo("name");
            assertThat(attribute.value()).isEqualTo("Anna Administratör");
        });
    }

    @Test
    void issuesATemporaryPasswordThatMustBeReplacedAtTheFirstSignIn() {
        accounts.ensureAccount(administrator);

        String temporary = accounts.issueTemporaryPassword(administrator.email()).orElseThrow();

        var signIn = standIns.cognito().initiateAuth(request -> request.clientId(standIns.userPool().clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", administrator.email().value(), "PASSWORD", temporary)));
        assertThat(signIn.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    }

    @Test
    void leavesThePasswordOfSomeoneWhoAlreadyChoseOneAlone() {
        accounts.ensureAccount(administrator);
        standIns.cognito().adminSetUserPassword(request -> request.userPoolId(standIns.userPool().userPoolId())
                .username(administrator.email().value()).password("Eget-Lösen0rd!x").permanent(true));

        assertThat(accounts.issueTemporaryPassword(administrator.email())).isEmpty();
    }
}
