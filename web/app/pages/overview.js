/**
 * "/organisation" and "/organisation/<organisationsnummer>": the signed-in start page. Without a number it opens the
 * remembered (or only) organisation, or lets a person in several choose. With one: the person's roles there and the
 * readiness panel (GET /organisations/{nr}/readiness) — agreement signed, at least one Beställare, at least one
 * Attestant — each missing one with the API's message and a link to fix it.
 */
import { h, messageBox } from '../dom.js';
import { messageOf, serverText } from '../api.js';
import { renderCustomerPage } from '../customer.js';
import { sentence, t } from '../i18n.js';
import { textOf } from '../messages.js';

export function renderOverview(main, { parameters: [organisationsnummer], navigate }) {
  return renderCustomerPage(main, { title: t('overview.title'), navigate, organisationsnummer }, (view, context) => {
    const { organisation } = context;
    context.heading.textContent = organisation.name;
    document.title = t('site.titleOf', { page: organisation.name });
    const panel = h('section', { class: 'readiness', 'aria-labelledby': 'readiness-heading' });
    view.append(
      h('p', {}, sentence('overview.roles', {
        organisationsnummer: organisation.organisationsnummer,
        roles: h('strong', {}, (organisation.roles ?? []).map((role) => textOf('role', role)).join(', ') || '–'),
      })),
      panel);
    showReadiness(panel, context);
  });
}

async function showReadiness(panel, context) {
  const heading = h('h2', { id: 'readiness-heading' }, t('overview.readiness.title'));
  const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'working' }, t('form.loading')));
  panel.replaceChildren(heading, body);
  const answer = await context.call(body, 'GET',
    `/organisations/${encodeURIComponent(context.organisation.organisationsnummer)}/readiness`);
  if (!answer) return;
  if (answer.status !== 200) {
    body.replaceChildren(messageBox('error', null, messageOf(answer)));
    return;
  }
  const checks = answer.body.checks ?? [];
  body.replaceChildren(
    answer.body.ready
      ? messageBox('success', t('overview.ready.title'), t('overview.ready.text'))
      : messageBox('warning', t('overview.notReady.title'), t('overview.notReady.text')),
    h('ul', { class: 'readiness-checks' }, checks.map((check) => readinessItem(check, context))));
}

function readinessItem(check, context) {
  const label = textOf('readiness', check.check);
  if (check.ok) {
    return h('li', { class: 'check-ok' }, h('span', { class: 'check-mark', 'aria-hidden': 'true' }, '✓ '),
      h('span', { class: 'visually-hidden' }, t('overview.check.done')), label);
  }
  // fixPath is a path of this web client; anything else is not turned into a link.
  const fix = typeof check.fixPath === 'string' && check.fixPath.startsWith('/') && !check.fixPath.startsWith('//')
    ? h('a', { href: check.fixPath }, t('overview.check.fix', { check: label.toLowerCase() }))
    : null;
  return h('li', { class: 'check-missing' }, h('span', { class: 'check-mark', 'aria-hidden': 'true' }, '✗ '),
    h('span', { class: 'visually-hidden' }, t('overview.check.missing')), h('strong', {}, label), h('br'),
    serverText(check.message), fix ? [h('br'), fix] : null,
    context.organisation.can?.manageUsers || check.check === 'AGREEMENT_SIGNED' ? null
      : h('span', { class: 'hint' }, ` ${t('overview.check.askAdministrator')}`));
}
