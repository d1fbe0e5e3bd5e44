/**
 * "/inera/administratorer": an organisation's administrators (GET /operator/organisations/{nr}/administrators)
 * and, for one whose first temporary password expired unused, a new one mailed once (POST
 * …/administrators/{userId}/temporary-password with a request id made once per press, so a double click
 * or a retried request mails one password).
 */
import { h, messageBox } from '../dom.js';
import { messageOf } from '../api.js';
import { operatorCall, renderOperatorPage, showInView } from './operator.js';

export function renderOperatorAdministrators(main, { navigate }) {
  return renderOperatorPage(main, { title: 'Administratörer och tillfälliga lösenord', navigate },
    (view, context) => showSearch(view, context));
}

function showSearch(view, context) {
  const input = h('input', { id: 'organisationsnummer', name: 'organisationsnummer', required: true,
    autocomplete: 'off', placeholder: 'NNNNNN-NNNN' });
  const result = h('div', {});
  const form = h('form', { class: 'filter', role: 'search' },
    h('label', { for: 'organisationsnummer' }, 'Organisationsnummer'), input,
    h('button', { type: 'submit', class: 'button small' }, 'Visa administratörer'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showAdministrators(result, context, input.value.trim());
  });
  showInView(view, h('h2', {}, 'Sök organisation'),
    h('p', {}, 'Ett tillfälligt lösenord gäller i några dagar. Har administratören inte hunnit logga in kan du skicka ett nytt; det gamla slutar då att gälla.'),
    form, result);
}

async function showAdministrators(result, context, organisationsnummer) {
  result.replaceChildren(h('p', { class: 'working', role: 'status' }, 'Hämtar …'));
  const answer = await operatorCall(context, result, 'GET',
    `/operator/organisations/${encodeURIComponent(organisationsnummer)}/administrators`);
  if (!answer) return;
  if (answer.status !== 200) {
    showInView(result, messageBox('error', null, messageOf(answer)));
    return;
  }
  const administrators = answer.body.administrators ?? [];
  const status = h('div', { 'aria-live': 'polite' });
  const list = h('ul', { class: 'administrators' }, administrators.map((person) =>
    h('li', {}, h('strong', {}, person.name), ` (${person.email}) `,
      newPasswordButton(context, status, answer.body.organisationsnummer, person))));
  showInView(result, h('h3', {}, `Administratörer för ${answer.body.organisationsnummer}`), status,
    administrators.length ? list : h('p', {}, 'Organisationen har ingen administratör.'));
}

function newPasswordButton(context, status, organisationsnummer, person) {
  const button = h('button', { type: 'button', class: 'button small secondary' }, 'Skicka nytt tillfälligt lösenord');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const requestId = newRequestId();
    const answer = await operatorCall(context, status, 'POST',
      `/operator/organisations/${encodeURIComponent(organisationsnummer)}/administrators/${encodeURIComponent(person.userId)}/temporary-password`,
      { requestId });
    if (!answer) return;
    if (answer.status === 200) {
      status.replaceChildren(messageBox('success', null, answer.body.mailed
        ? `Ett nytt tillfälligt lösenord har skickats till ${person.email}.`
        : 'Lösenordet skickades redan för den här förfrågan.'));
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
