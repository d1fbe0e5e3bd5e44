/**
 * "/organisation/<nr>/anvandare": Visa roller (GET /organisations/{nr}/users) — every person with their roles and
 * whether they log in, and the agreement's signatory and contact. Administrators get "Ändra" per person and
 * "Lägg upp ny användare"; agreement contacts read only.
 */
import { h, messageBox, term } from '../dom.js';
import { messageOf } from '../api.js';
import { organisationPath, renderCustomerPage, takeNotice } from '../customer.js';
import { t } from '../i18n.js';
import { textOf } from '../messages.js';

export function renderUsers(main, { parameters: [organisationsnummer], navigate }) {
  return renderCustomerPage(main, { title: t('users.title'), navigate, organisationsnummer, needs: 'viewRoles' },
    (view, context) => showMembers(view, context));
}

async function showMembers(view, context) {
  const nr = context.organisation.organisationsnummer;
  const notice = takeNotice();
  const body = h('div', {}, h('p', { class: 'working', role: 'status' }, t('form.loading')));
  if (notice) view.append(messageBox('success', null, notice));
  view.append(body);
  const answer = await context.call(body, 'GET', `/organisations/${encodeURIComponent(nr)}/users`);
  if (!answer) return;
  if (answer.status !== 200) {
    body.replaceChildren(messageBox('error', answer.status === 404 ? t('customer.noSuchOrganisation') : null, messageOf(answer)));
    return;
  }
  const canManage = Boolean(context.organisation.can?.manageUsers);
  const members = answer.body.members ?? [];
  const agreement = answer.body.agreement ?? {};
  body.replaceChildren(
    canManage ? h('div', { class: 'actions' },
      h('a', { class: 'button primary', href: organisationPath(nr, 'anvandare', 'ny') }, t('users.add'))) : null,
    h('table', { class: 'work-list members' },
      h('caption', {}, t('users.caption', { name: answer.body.organisationName ?? context.organisation.name })),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('users.column.name')),
        h('th', { scope: 'col' }, t('users.column.roles')),
        h('th', { scope: 'col' }, t('users.column.contact')),
        h('th', { scope: 'col' }, t('users.column.login')),
        canManage ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('users.column.action'))) : null)),
      h('tbody', {}, members.length
        ? members.map((member) => memberRow(member, nr, canManage))
        : h('tr', {}, h('td', { colspan: canManage ? '5' : '4' }, t('users.none'))))),
    h('h2', {}, t('users.agreement')),
    h('dl', { class: 'summary' },
      term(t('users.agreement.status'), textOf('agreement', agreement.status)),
      term(t('users.agreement.signatory'), person(agreement.signatory)),
      term(t('role.AGREEMENT_CONTACT'), person(agreement.agreementContact))),
    h('p', { class: 'hint' }, t('users.agreement.signatoryHint')));
}

function memberRow(member, nr, canManage) {
  return h('tr', {},
    h('td', { 'data-label': t('users.column.name') }, member.name ?? '–'),
    h('td', { 'data-label': t('users.column.roles') }, (member.roles ?? []).map((role) => textOf('role', role)).join(', ') || '–'),
    h('td', { 'data-label': t('users.column.contact') }, member.email ?? '–', h('br'), member.mobile ?? ''),
    h('td', { 'data-label': t('users.column.login') }, member.login ? t('yes') : t('no')),
    canManage ? h('td', {}, h('a', { href: organisationPath(nr, 'anvandare', member.userId) },
      t('users.edit'), h('span', { class: 'visually-hidden' }, ` ${member.name ?? ''}`))) : null);
}

function person(contact) {
  return contact?.name ? `${contact.name}${contact.email ? ` (${contact.email})` : ''}` : null;
}
