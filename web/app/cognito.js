/**
 * Signs in against the Cognito user pool from the browser: InitiateAuth with USER_PASSWORD_AUTH, and
 * RespondToAuthChallenge for a new password at the first sign-in (NEW_PASSWORD_REQUIRED, which the onboarding
 * e-mail's temporary password leads to) and for an authenticator app code (SOFTWARE_TOKEN_MFA).
 *
 * Every call resolves to one of
 *   { tokens: { idToken, accessToken, expiresAt } }
 *   { challenge: 'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA', session, username }
 * or rejects with a SignInError whose message is Swedish and fit to show.
 */
import { cognitoEndpoint } from './config.js';

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

export class SignInError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SignInError';
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

/** The user pool's password policy (template.yaml UserPool.Policies), checked before asking Cognito. */
export const PASSWORD_RULES = 'Minst 14 tecken, med stor och liten bokstav, siffra och specialtecken.';

export function passwordProblem(password) {
  const fulfilled = password.length >= 14 && /[a-zåäö]/.test(password) && /[A-ZÅÄÖ]/.test(password)
    && /[0-9]/.test(password) && /[^A-Za-z0-9ÅÄÖåäö]/.test(password);
  return fulfilled ? null : `Lösenordet uppfyller inte kraven. ${PASSWORD_RULES}`;
}

async function call(config, operation, request, username) {
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
    throw new SignInError('Inloggningstjänsten gick inte att nå. Kontrollera anslutningen och försök igen.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw translate(body, operation);
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
  throw new SignInError(`Inloggningen kräver ett steg som Kundportalen ännu inte stöder (${body.ChallengeName ?? 'okänt'}). `
    + 'Kontakta Ineras kundservice.');
}

/** Cognito's error types (the part of __type after any '#') in Swedish. */
function translate(body, operation) {
  const type = String(body.__type ?? '').split('#').pop();
  const message = String(body.message ?? '');
  switch (type) {
    case 'NotAuthorizedException':
      if (/expired/i.test(message)) {
        return new SignInError('Det tillfälliga lösenordet har gått ut. Kontakta Ineras kundservice för att få ett nytt.');
      }
      if (/session/i.test(message)) {
        return new SignInError('Inloggningen tog för lång tid och har avbrutits. Ladda om sidan och börja om.');
      }
      if (/attempts exceeded/i.test(message)) {
        return new SignInError('För många misslyckade försök. Vänta en stund och försök igen.');
      }
      return new SignInError('Fel e-postadress eller lösenord.');
    case 'UserNotFoundException':
      return new SignInError('Fel e-postadress eller lösenord.');
    case 'InvalidPasswordException':
      // At sign-in a wrong password (cognito-local answers so); when choosing one, a password against the policy.
      return operation === 'InitiateAuth'
        ? new SignInError('Fel e-postadress eller lösenord.')
        : new SignInError(`Lösenordet godtogs inte. ${PASSWORD_RULES}`);
    case 'PasswordResetRequiredException':
      return new SignInError('Lösenordet måste återställas. Kontakta Ineras kundservice.');
    case 'UserNotConfirmedException':
      return new SignInError('Kontot är inte aktiverat ännu. Kontakta Ineras kundservice.');
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return new SignInError('Koden stämmer inte eller har gått ut. Försök med en ny kod.');
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return new SignInError('För många försök. Vänta en stund och försök igen.');
    case 'InvalidParameterException':
      if (/USER_PASSWORD_AUTH/.test(message)) {
        return new SignInError('Inloggning med lösenord är inte aktiverad för webbklienten i användarpoolen '
          + '(ALLOW_USER_PASSWORD_AUTH). Kontakta Ineras kundservice.');
      }
      return new SignInError('Inloggningen kunde inte genomföras. Kontrollera uppgifterna och försök igen.');
    default:
      return new SignInError('Inloggningen misslyckades. Försök igen om en stund.');
  }
}
