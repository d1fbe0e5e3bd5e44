/** "/": what Kundportal is, Inera's routine in four steps, and the ways in. */
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';

const STEPS = ['apply', 'decide', 'sign', 'users'];

export function renderHome(main) {
  document.title = t('site.title');
  replaceChildren(main,
    h('h1', {}, t('home.title')),
    h('p', { class: 'lead' }, t('home.lead')),
    h('h2', {}, t('home.steps')),
    h('ol', { class: 'steps' }, STEPS.map((step) => h('li', {}, h('h3', {}, t(`home.step.${step}`)), h('p', {}, t(`home.step.${step}.text`))))),
    h('p', { class: 'note' }, t('home.existingCustomer')),
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', href: '/ansok' }, t('nav.apply')),
      h('a', { class: 'button', href: '/logga-in' }, t('nav.signIn'))));
}
