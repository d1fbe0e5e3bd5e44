package se.inera.kundportal.standins;

import java.util.List;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * A Cognito user pool shaped like {@code template.yaml}'s: e-mail as username, the template's groups
 * ({@code Operators}, {@code Administrators}), and an app client without secret.
 */
public record TestUserPool(String userPoolId, String clientId, List<String> groupNames) {

    private static final String GROUP_TYPE = "AWS::Cognito::UserPoolGroup";

    public TestUserPool {
        groupNames = List.copyOf(groupNames);
    }

    /** Creates the pool, its app client and the groups {@code template} declares. */
    public static TestUserPool create(CognitoIdentityProviderClient cognito, SamTemplate template, String poolName) {
        String userPoolId = cognito.createUserPool(request -> request
                        .poolName(poolName)
                        .usernameAttributes(UsernameAttributeType.EMAIL)
                        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                        .adminCreateUserConfig(config -> config.allowAdminCreateUserOnly(true)))
                .userPool().id();
        String clientId = cognito.createUserPoolClient(request -> request
                        .userPoolId(userPoolId)
                        .clientName(poolName + "-web")
                        .generateSecret(false)
                        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
        List<String> groups = groupNamesIn(template);
        groups.forEach(group -> cognito.createGroup(request -> request.userPoolId(userPoolId).groupName(group)));
        return new TestUserPool(userPoolId, clientId, groups);
    }

    /** The {@code GroupName} of every {@code AWS::Cognito::UserPoolGroup} in the template. */
    static List<String> groupNamesIn(SamTemplate template) {
        return template.resourcesOfType(GROUP_TYPE).entrySet().stream()
                .map(group -> SamTemplate.mapAt(group.getValue(), "Properties", group.getKey()).get("GroupName"))
                .map(String::valueOf)
                .toList();
    }
}
