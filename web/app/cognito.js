/**
 * Signs in against the Cognito user pool from the browser: InitiateAuth with USER_PASSWORD_AUTH, and
 * RespondToAuthChallenge for a new password at the first sign-in (NEW_PASSWORD_REQUIRED, which the onboarding
 * e-mail's temporary password leads to) and for an authenticator app code (SOFTWARE_TOKEN_MFA). A forgotten password
 * is ForgotPassword (Cognito mails a code) and ConfirmForgotPassword (the code and the new password).
 *
 * Every sign-in call resolves to one of
 *   { tokens: { idToken, accessToken, expiresAt } }
 *   { challenge: 'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA', session, username }
 * or rejects with a SignInError whose message is fit to show (in the chosen language).
 */
import { cognitoEndpoint } from './config.js';
import { t } from './i18n.js';

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

export class SignInError extends Error {
  /** `type` is Cognito's error type (e.g. 'CodeMismatchException'), when Cognito gave one. */
  constructor(message, type = null) {
    super(message);
    this.name = 'SignInError';
    this.type = type;
  }
}

export function signIn(config, username, password) {
  return call(config, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: config.userPoolClientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  }, username);
}

export function setNewPassword(config, challenge, newPassword) {
  return call(config, 'RespondToAuthChallenge', {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    ClientId: config.userPoolClientId,
    Session: challenge.session,
    ChallengeResponses: { USERNAME: challenge.username, NEW_PASSWORD: newPassword },
  }, challenge.username);
}

export function sendAuthenticatorCode(config, challenge, code) {
  return call(config, 'RespondToAuthChallenge', {
    ChallengeName: 'SOFTWARE_TOKEN_MFA',
    ClientId: config.userPoolClientId,
    Session: challenge.session,
    ChallengeResponses: { USERNAME: challenge.username, SOFTWARE_TOKEN_MFA_CODE: code },
  }, challenge.username);
}

/**
 * Asks Cognito to mail a code for choosing a new password. Resolves the same whether or not the address has an
 * account (an unknown address is not told apart, as Cognito does with PreventUserExistenceErrors).
 */
export async function forgotPassword(config, username) {
  try {
    await send(config, 'ForgotPassword', { ClientId: config.userPoolClientId, Username: username });
  } catch (failure) {
    if (!(failure instanceof SignInError && failure.type === 'UserNotFoundException')) throw failure;
  }
}

/** Sets the new password with the mailed code; resolves when it is set (the person then signs in with it). */
export async function confirmForgotPassword(config, username, code, newPassword) {
  await send(config, 'ConfirmForgotPassword', {
    ClientId: config.userPoolClientId, Username: username, ConfirmationCode: code, Password: newPassword,
  });
}

/** The user pool's password policy (template.yaml UserPool.Policies), checked before asking Cognito. */
export function passwordRules() {
  return t('signIn.passwordRules');
}

export function passwordProblem(password) {
  const fulfilled = password.length >= 14 && /[a-zåäö]/.test(password) && /[A-ZÅÄÖ]/.test(password)
    && /[0-9]/.test(password) && /[^A-Za-z0-9ÅÄÖåäö]/.test(password);
  return fulfilled ? null : t('signIn.error.weakPassword', { rules: passwordRules() });
}

/** One request to Cognito's JSON API; resolves to the answer's body, or rejects with a SignInError fit to show. */
async function send(config, operation, request) {
  let response;
  try {
    response = await fetch(cognitoEndpoint(config), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': TARGET_PREFIX + operation,
      },
      body: JSON.stringify(request),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new SignInError(t('signIn.error.unreachable'));
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw translate(body, operation);
  return body;
}

async function call(config, operation, request, username) {
  const body = await send(config, operation, request);
  if (body.AuthenticationResult) {
    const result = body.AuthenticationResult;
    return {
      tokens: {
        idToken: result.IdToken,
        accessToken: result.AccessToken,
        expiresAt: Date.now() + (result.ExpiresIn ?? 3600) * 1000,
      },
    };
  }
  if (body.ChallengeName === 'NEW_PASSWORD_REQUIRED' || body.ChallengeName === 'SOFTWARE_TOKEN_MFA') {
    return {
      challenge: body.ChallengeName,
      session: body.Session,
      username: body.ChallengeParameters?.USER_ID_FOR_SRP ?? username,
    };
  }
  throw new SignInError(t('signIn.error.unsupportedStep', { step: body.ChallengeName ?? '?' }));
}

/** Cognito's error types (the part of __type after any '#') in the chosen language. */
function translate(body, operation) {
  const type = String(body.__type ?? '').split('#').pop();
  const error = explain(type, String(body.message ?? ''), operation);
  error.type = type || null;
  return error;
}

function explain(type, message, operation) {
  switch (type) {
    case 'NotAuthorizedException':
      if (operation === 'ForgotPassword') {
        // E.g. an account still on its first temporary password: Cognito resets no password in that state.
        return new SignInError(t('forgot.error.cannotReset'));
      }
      if (/expired/i.test(message)) {
        return new SignInError(t('signIn.error.temporaryExpired'));
      }
      if (/session/i.test(message)) {
        return new SignInError(t('signIn.error.sessionExpired'));
      }
      if (/attempts exceeded/i.test(message)) {
        return new SignInError(t('signIn.error.tooManyFailures'));
      }
      return new SignInError(t('signIn.error.wrongCredentials'));
    case 'UserNotFoundException':
      // Choosing a new password for an unknown address: said as a wrong code, never "no such account".
      return operation === 'ConfirmForgotPassword'
        ? new SignInError(t('signIn.error.wrongCode'))
        : new SignInError(t('signIn.error.wrongCredentials'));
    case 'InvalidPasswordException':
      // At sign-in a wrong password (cognito-local answers so); when choosing one, a password against the policy.
      return operation === 'InitiateAuth'
        ? new SignInError(t('signIn.error.wrongCredentials'))
        : new SignInError(t('signIn.error.passwordRefused', { rules: passwordRules() }));
    case 'PasswordResetRequiredException':
      return new SignInError(t('signIn.error.resetRequired'));
    case 'UserNotConfirmedException':
      return new SignInError(t('signIn.error.notConfirmed'));
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return new SignInError(t('signIn.error.wrongCode'));
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return new SignInError(t('signIn.error.tooMany'));
    case 'InvalidParameterException':
      if (/USER_PASSWORD_AUTH/.test(message)) {
        return new SignInError(t('signIn.error.passwordAuthOff'));
      }
      return new SignInError(t('signIn.error.invalidParameter'));
    default:
      return new SignInError(t('signIn.error.other'));
  }
}
