/**
 * "/organisation/<nr>/anvandare/ny" (Lägg upp ny användare och tilldela roll, POST /organisations/{nr}/users; `?roll=X`
 * ticks a role, the readiness panel links here) and "/organisation/<nr>/anvandare/<userId>" (Ändra, PUT …/users/{userId};
 * Ta bort, DELETE …/users/{userId}, 409 when the organisation would be left without an administrator). Administrators
 * only. On an error the form keeps what was typed, each field error stands beside its input, a summary at the top
 * lists them, and focus goes to the first input in error.
 */
import { h, focus, messageBox } from '../dom.js';
import { messageOf } from '../api.js';
import { sendForm, showRefusal } from '../form-fields.js';
import { leaveNotice, organisationPath, renderCustomerPage } from '../customer.js';
import { checkedRoles, personBody, personFields, roleChoices } from '../person-fields.js';
import { t } from '../i18n.js';
import { ROLES, textOf } from '../messages.js';

const NEW = 'ny';

export function renderPerson(main, { parameters: [organisationsnummer, userId], navigate }) {
  const adding = userId === NEW;
  return renderCustomerPage(main,
    { title: adding ? t('person.add.title') : t('person.edit.title'), navigate, organisationsnummer, needs: 'manageUsers' },
    (view, context) => (adding ? showForm(view, context, null) : loadPerson(view, context, userId)));
}

function usersPath(context) {
  return `/organisations/${encodeURIComponent(context.organisation.organisationsnummer)}/users`;
}

async function loadPerson(view, context, userId) {
  const body = h('div', {}, h('p', { class: 'working', role: 'status' }, t('form.loading')));
  view.append(body);
  const answer = await context.call(body, 'GET', usersPath(context));
  if (!answer) return;
  const member = answer.status === 200 ? (answer.body.members ?? []).find((one) => one.userId === userId) : null;
  if (!member) {
    body.replaceChildren(messageBox('error', t('person.notFound'), answer.status === 200 ? t('call.notFound') : messageOf(answer)),
      backLink(context));
    return;
  }
  body.remove();
  showForm(view, context, member);
}

function backLink(context) {
  return h('p', {}, h('a', { href: organisationPath(context.organisation.organisationsnummer, 'anvandare') }, t('person.back')));
}

function showForm(view, context, member) {
  const requested = new URLSearchParams(location.search).get('roll');
  const selected = member ? member.roles ?? [] : ROLES.filter((role) => role === requested);
  const form = h('form', { class: 'form', novalidate: true, 'aria-label': member ? t('person.edit.form', { name: member.name }) : t('person.add.form') },
    ...personFields(member ?? {}, { emailFixed: Boolean(member) }),
    roleChoices(selected),
    h('p', { class: 'hint' }, t('person.newUserHint')),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button primary' }, member ? t('person.edit.submit') : t('person.add.submit')),
      h('a', { class: 'button secondary', href: organisationPath(context.organisation.organisationsnummer, 'anvandare') }, t('common.cancel'))));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  view.append(backLink(context), status, form);
  if (member) view.append(removal(context, member));
  focus(form.elements.name);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = { ...personBody(form, { withEmail: !member }), roles: checkedRoles(form) };
    const answer = await sendForm(form, status, () => (member
      ? context.call(status, 'PUT', `${usersPath(context)}/${encodeURIComponent(member.userId)}`, request)
      : context.call(status, 'POST', usersPath(context), request)));
    if (!answer) return;
    if (answer.status === 200 || answer.status === 201) {
      const roles = request.roles.map((role) => textOf('role', role).toLowerCase()).join(', ');
      leaveNotice(member ? t('person.edit.saved', { name: request.name }) : t('person.add.saved', { name: request.name, roles }));
      context.navigate(organisationPath(context.organisation.organisationsnummer, 'anvandare'));
    } else {
      showRefusal(form, status, answer, t('person.notSaved'));
    }
  });
}

/** "Ta bort från organisationen", asked once more in the page (not a browser dialog) before it is done. */
function removal(context, member) {
  const area = h('div', { 'aria-live': 'polite' });
  const start = h('button', { type: 'button', class: 'button secondary' }, t('person.remove.start', { name: member.name }));
  const section = h('section', { class: 'removal', 'aria-labelledby': 'removal-heading' },
    h('h2', { id: 'removal-heading' }, t('person.remove.title')),
    h('p', {}, t('person.remove.text')),
    area, h('div', { class: 'actions' }, start));
  start.addEventListener('click', () => {
    const confirm = h('button', { type: 'button', class: 'button primary danger' }, t('person.remove.confirm'));
    const cancel = h('button', { type: 'button', class: 'button secondary' }, t('common.cancel'));
    const question = messageBox('warning', t('person.remove.question', { name: member.name }), h('div', { class: 'actions' }, confirm, cancel));
    area.replaceChildren(question);
    start.hidden = true;
    focus(confirm);
    cancel.addEventListener('click', () => {
      area.replaceChildren();
      start.hidden = false;
      focus(start);
    });
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      const answer = await context.call(area, 'DELETE', `${usersPath(context)}/${encodeURIComponent(member.userId)}`);
      if (!answer) return;
      if (answer.status === 204) {
        leaveNotice(t('person.remove.done', { name: member.name }));
        context.navigate(member.userId === context.me.userId ? '/organisation'
          : organisationPath(context.organisation.organisationsnummer, 'anvandare'));
        return;
      }
      const box = messageBox('error', answer.status === 409 ? t('person.remove.refused') : t('person.remove.failed'), messageOf(answer));
      area.replaceChildren(box);
      start.hidden = false;
      focus(box);
    });
  });
  return section;
}
