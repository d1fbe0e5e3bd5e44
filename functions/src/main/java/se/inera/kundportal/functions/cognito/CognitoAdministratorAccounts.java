package se.inera.kundportal.functions.cognito;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.person.EmailAddress;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * {@link AdministratorAccounts} in the Cognito user pool ({@code USER_POOL_ID}).
 *
 * <p>Why a temporary password rather than an activation link: Cognito enforces it (the account
 * stays {@code FORCE_CHANGE_PASSWORD} until the first sign-in sets the person's own password), it
 * needs no extra public endpoint, and the password is single-use and expires after the pool's
 * {@code TemporaryPasswordValidityDays}. Cognito's own invitation mail is suppressed
 * ({@code MessageAction SUPPRESS}) so the person gets one Swedish mail from the portal. The account
 * is created with a random password nobody learns; the password that is mailed is set only when
 * the mail is sent, so it never passes through the workflow's state (visible in its history) or
 * the database.
 */
public final class CognitoAdministratorAccounts implements AdministratorAccounts {
    private static final System.Logger LOG = System.getLogger(CognitoAdministratorAccounts.class.getName());

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;
    private final TemporaryPasswords passwords;
    private final int temporaryPasswordValidityDays;

    public CognitoAdministratorAccounts(CognitoIdentityProviderClient cognito, String userPoolId,
                                        TemporaryPasswords passwords, int temporaryPasswordValidityDays) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.userPoolId = Objects.requireNonNull(userPoolId, "userPoolId");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.temporaryPasswordValidityDays = temporaryPasswordValidityDays;
    }

    @Override
    public Outcome ensureAccount(String name, EmailAddress email) {
        String username = email.normalisedKey();
        try {
            cognito.adminCreateUser(request -> request
                    .userPoolId(userPoolId)
                    .username(username)
                    .temporaryPassword(passwords.next())
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(
                            attribute("email", username),
                            // The portal mails the address itself, from the application the person is named in.
                            attribute("email_verified", "true"),
                            attribute("name", name)));
            LOG.log(Level.INFO, "Created an administrator account");
            return Outcome.CREATED;
        } catch (UsernameExistsException exists) {
            return Outcome.ALREADY_EXISTED;
        }
    }

    @Override
    public Optional<String> issueTemporaryPassword(EmailAddress administrator) {
        String username = administrator.normalisedKey();
        UserStatusType status;
        try {
            status = cognito.adminGetUser(request -> request.userPoolId(userPoolId).username(username)).userStatus();
        } catch (UserNotFoundException missing) {
            throw new IllegalStateException("No account for the administrator; Create Customer makes it first",
                    missing);
        }
        if (status != UserStatusType.FORCE_CHANGE_PASSWORD) {
            return Optional.empty();
        }
        String temporaryPassword = passwords.next();
        cognito.adminSetUserPassword(request -> request.userPoolId(userPoolId).username(username)
                .password(temporaryPassword).permanent(false));
        return Optional.of(temporaryPassword);
    }

    @Override
    public void deleteAccount(EmailAddress email) {
        try {
            cognito.adminDeleteUser(request -> request.userPoolId(userPoolId).username(email.normalisedKey()));
            LOG.log(Level.INFO, "Deleted the account of a person who belongs to no organisation");
        } catch (UserNotFoundException alreadyGone) {
            // idempotent: a retried removal finds nothing to delete
        }
    }

    @Override
    public int temporaryPasswordValidityDays() {
        return temporaryPasswordValidityDays;
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
