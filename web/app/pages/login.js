/**
 * "/logga-in": where the onboarding e-mail sends the organisation's administrator. Signs in with Cognito,
 * including the new password the mailed temporary password requires at the first sign-in. Managing users and
 * roles ("Visa roller", "Lägg upp ny användare och tilldela roll") is the next step of the portal and is said so
 * plainly here rather than shown as something that does not work yet.
 */
import { h, focus, replaceChildren } from '../dom.js';
import { canSignIn, loadConfig } from '../config.js';
import { currentSession, displayName, endSession, startSession } from '../session.js';
import { renderSignInForm } from '../sign-in-form.js';
import { missingConfiguration } from './operator.js';

export function renderAdministratorLogin(main, { navigate }) {
  document.title = 'Logga in – Kundportal';
  const content = h('div', {});
  replaceChildren(main, h('h1', {}, 'Logga in'), content);
  const page = { active: true };

  loadConfig().then((config) => {
    if (!page.active) return;
    if (!canSignIn(config)) {
      replaceChildren(content, missingConfiguration());
      return;
    }
    const session = currentSession();
    if (session) {
      showSignedIn(content, session, navigate);
      return;
    }
    renderSignInForm(content, config, {
      intro: 'För organisationens administratör. Första gången loggar du in med e-postadressen och det tillfälliga lösenordet i e-postmeddelandet från Inera.',
      onSignedIn: (tokens) => {
        startSession(tokens);
        showSignedIn(content, currentSession(), navigate);
      },
    });
  });
  return () => { page.active = false; };
}

function showSignedIn(content, session, navigate) {
  const heading = h('h2', {}, `Välkommen, ${displayName(session)}`);
  replaceChildren(content,
    heading,
    h('p', {}, 'Du är inloggad i Kundportalen.'),
    h('div', { class: 'message message-info', role: 'status' },
      h('p', { class: 'message-title' }, 'Användare och roller kommer i nästa version'),
      h('p', {}, 'Här ska du som administratör kunna se vem som har vilken roll och lägga upp nya användare – beställare och attestanter – för organisationen. Den delen av Kundportalen är inte klar än. Inera meddelar när den går att använda.')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button secondary', onclick: () => { endSession(); navigate('/logga-in'); } }, 'Logga ut')));
  focus(heading);
}
