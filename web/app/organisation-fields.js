/**
 * The inputs of an organisation's address and of a contact person, and the body built from a form whose input names
 * are JSON paths ("organisation.address.street"): shared by the customer application (/ansok) and Inera customer
 * service's registration of an existing Kundavtal 2 customer (/inera/befintlig-kund).
 */
import { h } from './dom.js';
import { field } from './form-fields.js';
import { t } from './i18n.js';

/** Street, postal code and city under `prefix` ("organisation.address"). */
export function addressFields(prefix, legend) {
  return h('fieldset', {},
    h('legend', {}, legend),
    field({ name: `${prefix}.street`, label: t('address.street'), required: true, autocomplete: 'street-address' }),
    h('div', { class: 'field-row' },
      field({ name: `${prefix}.postalCode`, label: t('address.postalCode'), required: true, autocomplete: 'postal-code', inputmode: 'numeric', hint: t('address.postalCode.hint') }),
      field({ name: `${prefix}.city`, label: t('address.city'), required: true, autocomplete: 'address-level2' })));
}

/** A contact person's name, e-mail and mobile under `prefix` ("contacts.administrator"), with `extra` inputs. */
export function contactFields(prefix, legend, description, extra = []) {
  return h('fieldset', {},
    h('legend', {}, legend),
    h('p', { class: 'fieldset-description' }, description),
    field({ name: `${prefix}.name`, label: t('person.name'), required: true, autocomplete: 'off' }),
    ...extra,
    h('div', { class: 'field-row' },
      field({ name: `${prefix}.email`, label: t('person.email'), type: 'email', required: true, autocomplete: 'off' }),
      field({ name: `${prefix}.mobile`, label: t('person.mobile'), type: 'tel', required: true, autocomplete: 'off', hint: t('apply.mobile.hint') })));
}

/** The form's values as the request body: "a.b.c" names become nested objects; empty optional fields are left out. */
export function requestBody(form) {
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

/**
 * The organisation (name, organisationsnummer), its postal address and the invoicing details, with a button that
 * copies the postal address to the invoicing address (the form then hears an "input" event, as after typing).
 */
export function organisationFieldsets() {
  const copyAddress = h('button', { type: 'button', class: 'button small' }, t('apply.invoicing.copyAddress'));
  copyAddress.addEventListener('click', () => {
    const form = copyAddress.form;
    for (const part of ['street', 'postalCode', 'city']) {
      form.elements[`invoicing.address.${part}`].value = form.elements[`organisation.address.${part}`].value;
    }
    form.dispatchEvent(new Event('input'));
  });
  return [
    h('fieldset', {},
      h('legend', {}, t('apply.organisation')),
      field({ name: 'organisation.name', label: t('apply.organisation.name'), required: true, autocomplete: 'organization' }),
      field({ name: 'organisation.organisationsnummer', label: t('details.organisationsnummer'), required: true, hint: t('apply.organisationsnummer.hint') })),
    addressFields('organisation.address', t('apply.organisation.address')),
    h('fieldset', {},
      h('legend', {}, t('apply.invoicing')),
      h('div', { class: 'fieldset-tools' }, copyAddress),
      field({ name: 'invoicing.address.street', label: t('apply.invoicing.street'), required: true }),
      h('div', { class: 'field-row' },
        field({ name: 'invoicing.address.postalCode', label: t('apply.invoicing.postalCode'), required: true, inputmode: 'numeric' }),
        field({ name: 'invoicing.address.city', label: t('apply.invoicing.city'), required: true })),
      field({ name: 'invoicing.reference', label: t('details.invoicing.reference'), required: true, hint: t('details.invoicing.reference.hint') }),
      h('div', { class: 'field-row' },
        field({ name: 'invoicing.email', label: t('apply.invoicing.email'), type: 'email' }),
        field({ name: 'invoicing.electronicId', label: t('apply.invoicing.electronicId') }))),
  ];
}
