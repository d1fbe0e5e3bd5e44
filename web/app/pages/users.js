/**
 * "/organisation/<nr>/anvandare": Visa roller (GET /organisations/{nr}/users) — every person with their roles and
 * whether they log in, and the agreement's signatory and contact. Administrators get "Ändra" per person and
 * "Lägg upp ny användare"; agreement contacts read only.
 */
import { h, messageBox, term } from '../dom.js';
import { messageOf } from '../api.js';
import { organisationPath, renderCustomerPage, takeNotice } from '../customer.js';
import { text, textOf } from '../messages.js';

export function renderUsers(main, { parameters: [organisationsnummer], navigate }) {
  return renderCustomerPage(main, { title: 'Roller', navigate, organisationsnummer, needs: 'viewRoles' },
    (view, context) => showMembers(view, context));
}

async function showMembers(view, context) {
  const nr = context.organisation.organisationsnummer;
  const notice = takeNotice();
  const body = h('div', {}, h('p', { class: 'working', role: 'status' }, text('form.loading')));
  if (notice) view.append(messageBox('success', null, notice));
  view.append(body);
  const answer = await context.call(body, 'GET', `/organisations/${encodeURIComponent(nr)}/users`);
  if (!answer) return;
  if (answer.status !== 200) {
    body.replaceChildren(messageBox('error', answer.status === 404 ? 'Organisationen finns inte' : null, messageOf(answer)));
    return;
  }
  const canManage = Boolean(context.organisation.can?.manageUsers);
  const members = answer.body.members ?? [];
  const agreement = answer.body.agreement ?? {};
  body.replaceChildren(
    canManage ? h('div', { class: 'actions' },
      h('a', { class: 'button primary', href: organisationPath(nr, 'anvandare', 'ny') }, 'Lägg upp ny användare och tilldela roll')) : null,
    h('table', { class: 'work-list members' },
      h('caption', {}, `Användare och roller i ${answer.body.organisationName ?? context.organisation.name}`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Namn'),
        h('th', { scope: 'col' }, 'Roller'),
        h('th', { scope: 'col' }, 'E-post och mobil'),
        h('th', { scope: 'col' }, 'Loggar in'),
        canManage ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Åtgärd')) : null)),
      h('tbody', {}, members.length
        ? members.map((member) => memberRow(member, nr, canManage))
        : h('tr', {}, h('td', { colspan: canManage ? '5' : '4' }, 'Inga användare än.')))),
    h('h2', {}, 'Avtalet'),
    h('dl', { class: 'summary' },
      term('Status', textOf('agreement', agreement.status)),
      term('Firmatecknare', person(agreement.signatory)),
      term('Kontaktperson för avtalet', person(agreement.agreementContact))),
    h('p', { class: 'hint' }, 'Firmatecknaren skriver bara under avtal och har ingen roll i Kundportalen.'));
}

function memberRow(member, nr, canManage) {
  return h('tr', {},
    h('td', {}, member.name ?? '–'),
    h('td', {}, (member.roles ?? []).map((role) => textOf('role', role)).join(', ') || '–'),
    h('td', {}, member.email ?? '–', h('br'), member.mobile ?? ''),
    h('td', {}, member.login ? text('yes') : text('no')),
    canManage ? h('td', {}, h('a', { href: organisationPath(nr, 'anvandare', member.userId) },
      'Ändra', h('span', { class: 'visually-hidden' }, ` ${member.name ?? ''}`))) : null);
}

function person(contact) {
  return contact?.name ? `${contact.name}${contact.email ? ` (${contact.email})` : ''}` : null;
}
