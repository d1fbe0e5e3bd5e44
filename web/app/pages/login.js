/**
 * "/logga-in": where the invitation and onboarding e-mails send administrators, beställare and contacts. Signs in
 * with Cognito, including the new password the mailed temporary password requires at the first sign-in, then opens
 * the signed-in start page (/organisation), which picks the organisation.
 */
import { h, replaceChildren } from '../dom.js';
import { canSignIn, loadConfig } from '../config.js';
import { currentSession, startSession } from '../session.js';
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
    if (currentSession()) {
      navigate('/organisation', { replace: true });
      return;
    }
    renderSignInForm(content, config, {
      intro: 'För organisationens administratörer, beställare och kontaktpersoner. Första gången loggar du in med e-postadressen och det tillfälliga lösenordet i e-postmeddelandet från Inera.',
      onSignedIn: (tokens) => {
        startSession(tokens);
        navigate('/organisation', { replace: true });
      },
    });
  });
  return () => { page.active = false; };
}
