package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * A forgotten password in the local runtime, as the page /glomt-losenord does it: ForgotPassword, the code from the
 * local mailbox (cognito-local mails nothing; {@link CognitoCodeMails} sends it there), ConfirmForgotPassword, then a
 * sign-in with the new password that the API accepts, and the old password no longer.
 */
class ForgottenPasswordIT extends WithLocalPortal {
    private static final Pattern CODE = Pattern.compile("Koden för att välja ett nytt lösenord: (\\d+)");
    private static final String CHOSEN = "Helt-Nytt-Losenord-2026!";

    @Test
    void theMailedCodeSetsANewPasswordThatSignsIn() {
        String email = OperatorAccount.LOCAL.email();
        try (CognitoIdentityProviderClient cognito = StandInClients.cognito(portal.endpoints.cognito())) {
            cognito.forgotPassword(request -> request.clientId(portal.endpoints.userPoolClientId()).username(email));

            String text = portal.awaitMail(email, body -> CODE.matcher(body).find()).textBody().orElseThrow();
            Matcher code = CODE.matcher(text);
            assertThat(code.find()).isTrue();
            cognito.confirmForgotPassword(request -> request.clientId(portal.endpoints.userPoolClientId())
                    .username(email).confirmationCode(code.group(1)).password(CHOSEN));

            String idToken = signIn(cognito, email, CHOSEN);
            assertThat(portal.call("GET", "/me", idToken, null).at("/operator").asBoolean()).isTrue();
            assertThatThrownBy(() -> signIn(cognito, email, OperatorAccount.LOCAL.password()))
                    .isInstanceOf(CognitoIdentityProviderException.class); // cognito-local: InvalidPasswordException
        }
    }

    private String signIn(CognitoIdentityProviderClient cognito, String email, String password) {
        return cognito.initiateAuth(request -> request.clientId(portal.endpoints.userPoolClientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", password))).authenticationResult().idToken();
    }
}
