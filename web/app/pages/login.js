/**
 * "/logga-in": where the invitation and onboarding e-mails send administrators, beställare and contacts. Signs in
 * with Cognito, including the new password the mailed temporary password requires at the first sign-in, then opens
 * the signed-in start page (/organisation), which picks the organisation.
 */
import { h, replaceChildren } from '../dom.js';
import { whenSignedIn } from '../signed-in.js';
import { t } from '../i18n.js';

export function renderAdministratorLogin(main, { navigate }) {
  document.title = t('site.titleOf', { page: t('login.title') });
  const content = h('div', {});
  replaceChildren(main, h('h1', {}, t('login.title')), content);
  const page = { active: true };

  whenSignedIn(content, page, {
    intro: t('login.intro'),
  }, () => navigate('/organisation', { replace: true }));
  return () => { page.active = false; };
}
