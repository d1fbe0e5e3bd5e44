package se.inera.kundportal.functions.cognito;

import java.util.Objects;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;

/**
 * {@link MfaEnrolments} from Cognito's {@code AdminGetUser}: enrolled means {@code SOFTWARE_TOKEN_MFA} is among
 * the user's enabled MFA methods ({@code UserMFASettingList}), which also makes Cognito ask for the code at every
 * sign-in in a pool whose MFA is optional.
 */
public final class CognitoMfaEnrolments implements MfaEnrolments {
    static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";

    private final CognitoIdentityProviderClient cognito;

    public CognitoMfaEnrolments(CognitoIdentityProviderClient cognito) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
    }

    @Override
    public boolean hasAuthenticatorApp(String userPoolId, String username) {
        AdminGetUserResponse user = cognito.adminGetUser(request -> request.userPoolId(userPoolId).username(username));
        return user.hasUserMFASettingList() && user.userMFASettingList().contains(SOFTWARE_TOKEN_MFA);
    }
}
