/**
 * "/ansok": the customer application (kundansökan), sent as POST /applications (api/openapi.yaml,
 * ApplicationForm). Every input's name is the JSON path the API reports errors under, so a 400's field errors
 * land next to the right input. The server is the judge of validity; the form only hints. What the user has
 * typed survives errors, network failures and a reload of the tab (sessionStorage) until the application is sent.
 */
import { h, focus, messageBox, replaceChildren } from '../dom.js';
import { callApi, messageOf, NetworkError } from '../api.js';
import { clearFieldErrors, field, showRefusal } from '../form-fields.js';
import { contactFields, organisationFieldsets, requestBody } from '../organisation-fields.js';
import { t } from '../i18n.js';

const DRAFT_KEY = 'kundportal.application-draft';

function applicationForm() {
  return h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'apply-heading' },
    ...organisationFieldsets(),
    contactFields('contacts.administrator', t('role.ADMINISTRATOR'), t('apply.administrator.description')),
    contactFields('contacts.signatory', t('apply.signatory'), t('apply.signatory.description'),
      [field({ name: 'contacts.signatory.personnummer', label: t('person.personnummer'), required: true, hint: t('apply.signatory.personnummer.hint') })]),
    contactFields('contacts.agreementContact', t('role.AGREEMENT_CONTACT'), t('apply.agreementContact.description')),
    h('p', { class: 'hint' }, t('form.requiredNote')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('apply.submit'))));
}

function saveDraft(form) {
  const values = {};
  for (const control of form.querySelectorAll('input[name], textarea[name]')) values[control.name] = control.value;
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values));
}

function restoreDraft(form) {
  let values;
  try {
    values = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}');
  } catch {
    values = {};
  }
  for (const [name, value] of Object.entries(values)) {
    const control = form.elements.namedItem(name);
    if (control && typeof value === 'string') control.value = value;
  }
}

export function renderApplication(main) {
  document.title = t('site.titleOf', { page: t('apply.title') });
  const form = applicationForm();
  restoreDraft(form);
  // Always in the page (not added with its text), so "Skickar ansökan …" is announced.
  const status = h('div', { class: 'form-status', id: 'apply-status', 'aria-live': 'polite' });
  replaceChildren(main,
    h('h1', { id: 'apply-heading' }, t('apply.title')),
    h('p', { class: 'lead' }, t('apply.lead')),
    status,
    form);

  form.addEventListener('input', () => saveDraft(form));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    status.replaceChildren(h('p', { class: 'working' }, t('apply.sending')));
    clearFieldErrors(form);
    let answer;
    try {
      answer = await callApi('POST', '/applications', { body: requestBody(form) });
    } catch (failure) {
      show(status, messageBox('error', t('apply.failed'), failure instanceof NetworkError ? failure.message : t('call.unexpected'),
        t('form.kept')));
      button.disabled = false;
      return;
    }
    button.disabled = false;
    if (answer.status === 201) {
      sessionStorage.removeItem(DRAFT_KEY);
      showSubmitted(main, answer.body);
    } else if (answer.status === 400) {
      // Each error beside its input, the summary at the top, focus on the first input in error; the input stays.
      showRefusal(form, status, answer, t('apply.failed'));
    } else if (answer.status === 409) {
      show(status, messageBox('error', t('apply.refused'), messageOf(answer)));
    } else {
      show(status, messageBox('error', t('apply.failed'), messageOf(answer), t('apply.failed.retry')));
    }
  });
}

function show(status, box) {
  status.replaceChildren(box);
  focus(box);
}

function showSubmitted(main, submitted) {
  document.title = t('site.titleOf', { page: t('apply.sent.title') });
  const heading = h('h1', {}, t('apply.sent.heading'));
  replaceChildren(main,
    heading,
    messageBox('success', null,
      h('p', {}, t('apply.sent.id'), ' ', h('strong', { class: 'identifier', id: 'application-id' }, submitted.applicationId ?? '–')),
      h('p', {}, t('apply.sent.keepId'))),
    h('h2', {}, t('apply.sent.next')),
    h('ol', {},
      h('li', {}, t('apply.sent.next.review')),
      h('li', {}, t('apply.sent.next.approved')),
      h('li', {}, t('apply.sent.next.rejected'))),
    h('p', {}, h('a', { href: '/' }, t('common.toStart'))));
  focus(heading);
}
