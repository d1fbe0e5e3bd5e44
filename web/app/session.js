/**
 * The signed-in user's tokens, kept in sessionStorage only (gone when the tab closes; never in localStorage or
 * cookies). The ID token is what the API's JWT authorizer checks (api/openapi.yaml, cognitoJwt); its claims are
 * read here only to greet the user and to know when the session ends — the API verifies the signature.
 */
import { t } from './i18n.js';

const KEY = 'kundportal.session';
/** Told on window when someone signs in or out, so the header shows who is signed in. */
export const SESSION_CHANGED = 'kundportal-session-changed';
const EXPIRY_MARGIN_MS = 30_000;

export function currentSession() {
  let stored;
  try {
    stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    stored = null;
  }
  if (!stored?.idToken || stored.expiresAt - EXPIRY_MARGIN_MS < Date.now()) {
    if (stored) sessionStorage.removeItem(KEY);
    return null;
  }
  return { ...stored, claims: claimsOf(stored.idToken) };
}

export function startSession(tokens) {
  sessionStorage.setItem(KEY, JSON.stringify({ idToken: tokens.idToken, accessToken: tokens.accessToken, expiresAt: tokens.expiresAt }));
  window.dispatchEvent(new Event(SESSION_CHANGED));
}

export function endSession() {
  sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event(SESSION_CHANGED));
}

/** The token's payload, unverified (display only). */
function claimsOf(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
    return JSON.parse(json);
  } catch {
    return {};
  }
}

/** A name to greet the user with. */
export function displayName(session) {
  const claims = session?.claims ?? {};
  return claims.name || claims.email || claims['cognito:username'] || t('nav.someone');
}
