/**
 * An API call made for a signed-in person (operator or customer): sends the ID token and handles what every
 * signed-in page handles alike — a network failure, a session that ran out (401: signed out, with a link to sign in
 * again) and a missing right (403). Any other answer goes back to the page, which knows what its 400, 404 or 409 means.
 */
import { h, focus, messageBox } from './dom.js';
import { callApi, messageOf, NetworkError } from './api.js';
import { endSession } from './session.js';
import { text } from './messages.js';

/**
 * `context` holds the session and the page's liveness ({ session, page }); problems are shown in `view`.
 * Resolves to { status, body }, or to null when the problem has been shown.
 */
export async function signedInCall(context, view, method, path, { body, forbiddenMessage } = {}) {
  let answer;
  try {
    answer = await callApi(method, path, { body, idToken: context.session.idToken });
  } catch (failure) {
    showInView(view, messageBox('error', null, failure instanceof NetworkError ? failure.message : text('call.unexpected')));
    return null;
  }
  if (!context.page.active) return null;
  if (answer.status === 401) {
    endSession();
    showInView(view, messageBox('warning', text('call.signedOut.title'), text('call.signedOut')),
      h('p', {}, h('a', { href: location.pathname }, 'Logga in igen')));
    return null;
  }
  if (answer.status === 403) {
    showInView(view, messageBox('error', 'Ingen behörighet', messageOf(answer, forbiddenMessage ?? text('call.forbidden'))));
    return null;
  }
  return answer;
}

/** Replaces what `view` shows and moves focus to the first part, so a screen reader reads the news. */
export function showInView(view, ...parts) {
  view.replaceChildren(...parts);
  focus(parts[0]);
}
