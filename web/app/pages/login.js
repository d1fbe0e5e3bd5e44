/**
 * "/logga-in": where the invitation and onboarding e-mails send administrators, beställare and contacts. Signs in
 * with Cognito, including the new password the mailed temporary password requires at the first sign-in, then opens
 * the signed-in start page (/organisation), which picks the organisation.
 */
import { h, replaceChildren } from '../dom.js';
import { whenSignedIn } from '../signed-in.js';

export function renderAdministratorLogin(main, { navigate }) {
  document.title = 'Logga in – Kundportal';
  const content = h('div', {});
  replaceChildren(main, h('h1', {}, 'Logga in'), content);
  const page = { active: true };

  whenSignedIn(content, page, {
    intro: 'För organisationens administratörer, beställare och kontaktpersoner. Första gången loggar du in med e-postadressen och det tillfälliga lösenordet i e-postmeddelandet från Inera.',
  }, () => navigate('/organisation', { replace: true }));
  return () => { page.active = false; };
}
