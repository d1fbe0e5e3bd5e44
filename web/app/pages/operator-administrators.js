/**
 * "/inera/administratorer": an organisation's administrators (GET /operator/organisations/{nr}/administrators)
 * and, for one whose first temporary password expired unused, a new one mailed once (POST
 * …/administrators/{userId}/temporary-password with a request id made once per press, so a double click
 * or a retried request mails one password). For an organisation that has no administrator or lost theirs
 * (the routine's "kontakta Ineras kundservice"): add one, or replace one (POST …/administrators, with
 * `replaceUserId`); the new administrator gets the invitation mail.
 */
import { h, focus, messageBox } from '../dom.js';
import { messageOf } from '../api.js';
import { clearFieldErrors, sendForm, showProblems, showRefusal } from '../form-fields.js';
import { personBody, personFields } from '../person-fields.js';
import { t } from '../i18n.js';
import { operatorCall, renderOperatorPage, showInView } from './operator.js';

export function renderOperatorAdministrators(main, { navigate }) {
  return renderOperatorPage(main, { title: t('administrators.title'), navigate },
    (view, context) => showSearch(view, context));
}

function showSearch(view, context) {
  const input = h('input', { id: 'organisationsnummer', name: 'organisationsnummer', required: true, 'aria-required': 'true',
    autocomplete: 'off', placeholder: 'NNNNNN-NNNN', 'aria-describedby': 'organisationsnummer-error' });
  const result = h('div', {});
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const form = h('form', { class: 'form narrow', role: 'search', novalidate: true },
    status,
    h('div', { class: 'field', dataset: { field: 'organisationsnummer' } },
      h('label', { for: 'organisationsnummer' }, t('details.organisationsnummer')),
      h('p', { class: 'field-error', id: 'organisationsnummer-error', hidden: true }),
      input),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button small' }, t('administrators.show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const organisationsnummer = input.value.trim();
    if (!organisationsnummer) {
      showProblems(form, status, [{ field: 'organisationsnummer', message: t('administrators.organisationsnummer.missing') }]);
      return;
    }
    clearFieldErrors(form);
    status.replaceChildren();
    showAdministrators(result, context, organisationsnummer, { form, status });
  });
  showInView(view, h('h2', {}, t('administrators.search')),
    h('p', {}, t('administrators.intro')),
    form, result);
}

async function showAdministrators(result, context, organisationsnummer, search) {
  result.replaceChildren(h('p', { class: 'working', role: 'status' }, t('form.loading')));
  const answer = await operatorCall(context, result, 'GET',
    `/operator/organisations/${encodeURIComponent(organisationsnummer)}/administrators`);
  if (!answer) return;
  if (answer.status === 400 && search) {
    // A malformed number: the error beside the input, which keeps what was typed.
    result.replaceChildren();
    const errors = answer.body?.errors?.length ? answer.body.errors : [{ field: 'organisationsnummer', message: messageOf(answer) }];
    showRefusal(search.form, search.status, { status: 400, body: { ...answer.body, errors } });
    return;
  }
  if (answer.status !== 200) {
    showInView(result, messageBox('error', null, messageOf(answer)));
    return;
  }
  const administrators = answer.body.administrators ?? [];
  const status = h('div', { 'aria-live': 'polite' });
  const list = h('ul', { class: 'administrators' }, administrators.map((person) =>
    h('li', {}, h('strong', {}, person.name), ` (${person.email}) `,
      newPasswordButton(context, status, answer.body.organisationsnummer, person))));
  showInView(result, h('h3', {}, t('administrators.of', { organisationsnummer: answer.body.organisationsnummer })), status,
    administrators.length ? list : h('p', {}, t('administrators.none')),
    administratorForm(context, result, answer.body.organisationsnummer, administrators));
}

function administratorForm(context, result, organisationsnummer, administrators) {
  const replaces = h('div', { class: 'field', dataset: { field: 'replaceUserId' } },
    h('label', { for: 'replace-user' }, t('administrators.replaces')),
    h('p', { class: 'field-error', id: 'replace-user-error', hidden: true }),
    h('select', { id: 'replace-user', name: 'replaceUserId', 'aria-describedby': 'replace-user-error' },
      h('option', { value: '' }, t('administrators.replaces.none')),
      administrators.map((person) => h('option', { value: person.userId }, `${person.name} (${person.email})`))));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'add-administrator-heading' },
    ...personFields(), replaces,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('administrators.submit'))));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const replaceUserId = form.elements.replaceUserId.value || undefined;
    const answer = await sendForm(form, status, () => operatorCall(context, status, 'POST',
      `/operator/organisations/${encodeURIComponent(organisationsnummer)}/administrators`, { ...personBody(form), replaceUserId }));
    if (!answer) return;
    if (answer.status === 201) {
      await showAdministrators(result, context, organisationsnummer);
      const done = messageBox('success', null, t('administrators.saved', { name: form.elements.name.value.trim() }));
      result.prepend(done);
      focus(done);
    } else {
      showRefusal(form, status, answer, t('administrators.notSaved'));
    }
  });
  return h('section', {},
    h('h3', { id: 'add-administrator-heading' }, t('administrators.add')),
    h('p', {}, t('administrators.add.text')),
    status, form);
}

export function newPasswordButton(context, status, organisationsnummer, person) {
  const button = h('button', { type: 'button', class: 'button small secondary' }, t('administrators.newPassword'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    const requestId = newRequestId();
    const answer = await operatorCall(context, status, 'POST',
      `/operator/organisations/${encodeURIComponent(organisationsnummer)}/administrators/${encodeURIComponent(person.userId)}/temporary-password`,
      { requestId });
    if (!answer) return;
    if (answer.status === 200) {
      status.replaceChildren(messageBox('success', null, answer.body.mailed
        ? t('administrators.newPassword.sent', { email: person.email })
        : t('administrators.newPassword.already')));
    } else {
      button.disabled = false;
      status.replaceChildren(messageBox('error', null, messageOf(answer)));
    }
  });
  return button;
}

/** A random id for one press: 32 hex digits from the browser's cryptographic random source. */
function newRequestId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
