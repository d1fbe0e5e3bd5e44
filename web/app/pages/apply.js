/**
 * "/ansok": the customer application (kundansökan), sent as POST /applications (api/openapi.yaml,
 * ApplicationForm). Every input's name is the JSON path the API reports errors under, so a 400's field errors
 * land next to the right input. The server is the judge of validity; the form only hints. What the user has
 * typed survives errors, network failures and a reload of the tab (sessionStorage) until the application is sent.
 */
import { h, focus, messageBox, replaceChildren } from '../dom.js';
import { callApi, messageOf, NetworkError } from '../api.js';
import { clearFieldErrors, errorSummary, field, showFieldErrors } from '../form-fields.js';

const DRAFT_KEY = 'kundportal.application-draft';

function addressFields(prefix, legend) {
  return h('fieldset', {},
    h('legend', {}, legend),
    field({ name: `${prefix}.street`, label: 'Gatuadress eller box', required: true, autocomplete: 'street-address' }),
    h('div', { class: 'field-row' },
      field({ name: `${prefix}.postalCode`, label: 'Postnummer', required: true, autocomplete: 'postal-code', inputmode: 'numeric', hint: 'Fem siffror, t.ex. 118 27.' }),
      field({ name: `${prefix}.city`, label: 'Postort', required: true, autocomplete: 'address-level2' })));
}

function contactFields(prefix, legend, description, extra = []) {
  return h('fieldset', {},
    h('legend', {}, legend),
    h('p', { class: 'fieldset-description' }, description),
    field({ name: `${prefix}.name`, label: 'Namn', required: true, autocomplete: 'off' }),
    ...extra,
    h('div', { class: 'field-row' },
      field({ name: `${prefix}.email`, label: 'E-postadress', type: 'email', required: true, autocomplete: 'off' }),
      field({ name: `${prefix}.mobile`, label: 'Mobilnummer', type: 'tel', required: true, autocomplete: 'off', hint: 'T.ex. 070-123 45 67 eller +46701234567.' })));
}

function applicationForm() {
  const copyAddress = h('button', { type: 'button', class: 'button small' }, 'Samma som organisationens adress');
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'apply-heading' },
    h('fieldset', {},
      h('legend', {}, 'Organisationen'),
      field({ name: 'organisation.name', label: 'Organisationens namn', required: true, autocomplete: 'organization' }),
      field({ name: 'organisation.organisationsnummer', label: 'Organisationsnummer', required: true, hint: 'Tio siffror, t.ex. 232100-0016.' })),
    addressFields('organisation.address', 'Organisationens postadress'),
    h('fieldset', {},
      h('legend', {}, 'Fakturering'),
      h('div', { class: 'fieldset-tools' }, copyAddress),
      field({ name: 'invoicing.address.street', label: 'Fakturaadress: gatuadress eller box', required: true }),
      h('div', { class: 'field-row' },
        field({ name: 'invoicing.address.postalCode', label: 'Fakturaadress: postnummer', required: true, inputmode: 'numeric' }),
        field({ name: 'invoicing.address.city', label: 'Fakturaadress: postort', required: true })),
      field({ name: 'invoicing.reference', label: 'Fakturareferens', required: true, hint: 'Referens eller kostnadsställe som ska stå på fakturan.' }),
      h('div', { class: 'field-row' },
        field({ name: 'invoicing.email', label: 'E-postadress för fakturor', type: 'email' }),
        field({ name: 'invoicing.electronicId', label: 'E-fakturaadress (Peppol-id eller GLN)' }))),
    contactFields('contacts.administrator', 'Administratör',
      'Administratören loggar in i Kundportalen och lägger upp organisationens användare och roller.'),
    contactFields('contacts.signatory', 'Firmatecknare',
      'Firmatecknaren (företrädaren) skriver under kundavtalet med BankID via en länk i e-post.',
      [field({ name: 'contacts.signatory.personnummer', label: 'Personnummer', required: true, hint: 'ÅÅÅÅMMDD-NNNN. Används för att bara firmatecknaren ska kunna skriva under med BankID.' })]),
    contactFields('contacts.agreementContact', 'Kontaktperson för avtalet',
      'Kontaktpersonen får besked om att hen är kontaktperson för avtalet.'),
    h('p', { class: 'hint' }, 'Fält markerade med * är obligatoriska.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Skicka ansökan')));

  copyAddress.addEventListener('click', () => {
    for (const part of ['street', 'postalCode', 'city']) {
      form.elements[`invoicing.address.${part}`].value = form.elements[`organisation.address.${part}`].value;
    }
    saveDraft(form);
  });
  return form;
}

/** The form's values as the request body: "a.b.c" names become nested objects; empty optional fields are left out. */
function requestBody(form) {
  const body = {};
  for (const control of form.querySelectorAll('input[name], textarea[name]')) {
    const value = control.value.trim();
    if (!value) continue;
    const path = control.name.split('.');
    let target = body;
    for (const key of path.slice(0, -1)) target = target[key] ??= {};
    target[path.at(-1)] = value;
  }
  return body;
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
  document.title = 'Ansök om att bli kund – Kundportal';
  const form = applicationForm();
  restoreDraft(form);
  const status = h('div', { class: 'form-status' });
  replaceChildren(main,
    h('h1', { id: 'apply-heading' }, 'Ansök om att bli kund'),
    h('p', { class: 'lead' }, 'Fyll i uppgifter om organisationen och de tre kontaktpersonerna. Inera går igenom ansökan och hör av sig via e-post.'),
    status,
    form);

  form.addEventListener('input', () => saveDraft(form));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    status.replaceChildren(h('p', { class: 'working', role: 'status' }, 'Skickar ansökan …'));
    clearFieldErrors(form);
    let answer;
    try {
      answer = await callApi('POST', '/applications', { body: requestBody(form) });
    } catch (failure) {
      show(status, messageBox('error', 'Ansökan kunde inte skickas', failure instanceof NetworkError ? failure.message : 'Ett oväntat fel inträffade.',
        'Det du har fyllt i finns kvar.'));
      button.disabled = false;
      return;
    }
    button.disabled = false;
    if (answer.status === 201) {
      sessionStorage.removeItem(DRAFT_KEY);
      showSubmitted(main, answer.body);
    } else if (answer.status === 400) {
      const { placed, unplaced } = showFieldErrors(form, answer.body.errors ?? []);
      const title = placed.length + unplaced.length > 0
        ? 'Rätta följande och skicka igen'
        : messageOf(answer, 'Uppgifterna är inte giltiga.');
      show(status, errorSummary(title, placed, unplaced));
    } else if (answer.status === 409) {
      show(status, messageBox('error', 'Ansökan skickades inte', messageOf(answer)));
    } else {
      show(status, messageBox('error', 'Ansökan kunde inte skickas', messageOf(answer), 'Det du har fyllt i finns kvar. Försök igen om en stund.'));
    }
  });
}

function show(status, box) {
  status.replaceChildren(box);
  focus(box);
}

function showSubmitted(main, submitted) {
  document.title = 'Ansökan är skickad – Kundportal';
  const heading = h('h1', {}, 'Tack! Ansökan är skickad');
  replaceChildren(main,
    heading,
    messageBox('success', null,
      h('p', {}, 'Ansökans id: ', h('strong', { class: 'identifier' }, submitted.applicationId ?? '–')),
      h('p', {}, 'Spara id:t om du behöver kontakta Ineras kundservice om ansökan.')),
    h('h2', {}, 'Vad händer nu?'),
    h('ol', {},
      h('li', {}, 'Ineras kundservice går igenom ansökan.'),
      h('li', {}, 'Vid godkännande får administratören inloggningsuppgifter till Kundportalen, firmatecknaren en länk för att signera kundavtalet med BankID och kontaktpersonen besked om sin roll.'),
      h('li', {}, 'Avslås ansökan får ni veta varför.')),
    h('p', {}, h('a', { href: '/' }, 'Till startsidan')));
  focus(heading);
}
