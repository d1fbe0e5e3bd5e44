/**
 * What every signed-in page (operator or customer) shares: the sign-in when there is no session, and the API call
 * made for a signed-in person (operator or customer): sends the ID token and handles what every
 * signed-in page handles alike — a network failure, a session that ran out (401: signed out, with a link to sign in
 * again) and a missing right (403). Any other answer goes back to the page, which knows what its 400, 404 or 409 means.
 */
import { h, focus, messageBox, replaceChildren } from './dom.js';
import { callApi, messageOf, NetworkError } from './api.js';
import { canSignIn, loadConfig } from './config.js';
import { currentSession, endSession, startSession } from './session.js';
import { renderSignInForm } from './sign-in-form.js';
import { t } from './i18n.js';

/**
 * Calls `signedIn(session)` once there is a session: at once when the tab has one, else after the sign-in form
 * (shown in `content` under `heading`, with `intro`) has signed the person in. Nothing happens once the page has
 * been left (`page.active` false).
 */
export function whenSignedIn(content, page, { heading, intro }, signedIn) {
  loadConfig().then((config) => {
    if (!page.active) return;
    if (!canSignIn(config)) {
      replaceChildren(content, missingConfiguration());
      return;
    }
    const session = currentSession();
    if (session) {
      signedIn(session);
      return;
    }
    const area = h('div', {});
    replaceChildren(content, heading ? h('h2', {}, heading) : null, area);
    renderSignInForm(area, config, {
      intro,
      onSignedIn: (tokens) => {
        startSession(tokens);
        if (!page.active) return;
        signedIn(currentSession());
        // The sign-in form is gone: focus goes to the page's heading, never to <body>.
        const active = document.activeElement;
        if (!active || active === document.body || !active.isConnected) {
          focus(document.querySelector('main h1') ?? content);
        }
      },
    });
  });
}

export function missingConfiguration() {
  return messageBox('warning', t('config.missing.title'), t('config.missing.text'), t('config.missing.local'));
}

/**
 * `context` holds the session and the page's liveness ({ session, page }); problems are shown in `view`.
 * Resolves to { status, body }, or to null when the problem has been shown.
 */
export async function signedInCall(context, view, method, path, { body, forbiddenMessage } = {}) {
  let answer;
  try {
    answer = await callApi(method, path, { body, idToken: context.session.idToken });
  } catch (failure) {
    showInView(view, messageBox('error', null, failure instanceof NetworkError ? failure.message : t('call.unexpected')));
    return null;
  }
  if (!context.page.active) return null;
  if (answer.status === 401) {
    endSession();
    showInView(view, messageBox('warning', t('call.signedOut.title'), t('call.signedOut')),
      h('p', {}, h('a', { href: location.pathname }, t('call.signInAgain'))));
    return null;
  }
  if (answer.status === 403) {
    showInView(view, messageBox('error', t('call.forbidden.title'), messageOf(answer, forbiddenMessage ?? t('call.forbidden'))));
    return null;
  }
  return answer;
}

/** Replaces what `view` shows and moves focus to the first part, so a screen reader reads the news. */
export function showInView(view, ...parts) {
  view.replaceChildren(...parts);
  focus(parts[0]);
}
