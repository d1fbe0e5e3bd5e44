package se.inera.kundportal.local.runtime;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * The one Inera customer-service account a local portal starts with, in group {@code Operators}, with a
 * permanent password so that it signs in at once. Local only: the e-mail and password are printed at start.
 */
record OperatorAccount(String email, String password) {
    static final String GROUP = "Operators";
    static final OperatorAccount LOCAL = new OperatorAccount("kundservice@inera.local", "Kundservice-Lokal-2026!");

    /** Creates the account when the pool lacks it; an existing one is left as it is (its password may have changed). */
    boolean ensureIn(CognitoIdentityProviderClient cognito, String userPoolId) {
        try {
            cognito.adminGetUser(request -> request.userPoolId(userPoolId).username(email));
            return false;
        } catch (UserNotFoundException absent) {
            cognito.adminCreateUser(request -> request.userPoolId(userPoolId).username(email)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(AttributeType.builder().name("email").value(email).build(),
                            AttributeType.builder().name("email_verified").value("true").build()));
            cognito.adminSetUserPassword(request -> request.userPoolId(userPoolId).username(email)
                    .password(password).permanent(true));
            cognito.adminAddUserToGroup(request -> request.userPoolId(userPoolId).username(email).groupName(GROUP));
            return true;
        }
    }
}
