/**
 * "/inera/befintlig-kund": Inera customer service registers an organisation that already has Kundavtal 2 (the
 * routine's "skip step 1"), POST /operator/customers (api/openapi.yaml, ExistingCustomerForm): the organisation, its
 * invoicing details, the administrator who gets portal access, and Inera's record of the agreement (when it was
 * signed, the reference). Input names are the request's JSON paths, so a 400's field errors stand beside their
 * inputs; a 409 (already registered) and a 503 (retry the same request) are shown as the API says them.
 */
import { h, focus, messageBox, replaceChildren, term } from '../dom.js';
import { messageOf } from '../api.js';
import { field, sendForm, showRefusal } from '../form-fields.js';
import { contactFields, organisationFieldsets, requestBody } from '../organisation-fields.js';
import { dateTime } from '../format.js';
import { t } from '../i18n.js';
import { textOf } from '../messages.js';
import { operatorCall, renderOperatorPage, showInView } from './operator.js';

export function renderOperatorExistingCustomer(main, { navigate }) {
  return renderOperatorPage(main, { title: t('existingCustomer.title'), navigate },
    (view, context) => showForm(view, context));
}

function showForm(view, context) {
  const form = h('form', { class: 'form', id: 'existing-customer-form', novalidate: true, 'aria-labelledby': 'existing-customer-heading' },
    ...organisationFieldsets(),
    contactFields('administrator', t('role.ADMINISTRATOR'), t('existingCustomer.administrator.description')),
    h('fieldset', {},
      h('legend', {}, t('existingCustomer.agreement')),
      h('div', { class: 'field-row' },
        field({ name: 'agreement.signedOn', label: t('existingCustomer.signedOn'), type: 'date', required: true, hint: t('existingCustomer.signedOn.hint') }),
        field({ name: 'agreement.reference', label: t('existingCustomer.reference'), required: true, hint: t('existingCustomer.reference.hint') }))),
    h('p', { class: 'hint' }, t('form.requiredNote')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('existingCustomer.submit'))));
  const status = h('div', { class: 'form-status', id: 'existing-customer-status', 'aria-live': 'polite' });
  const heading = h('h2', { id: 'existing-customer-heading' }, t('existingCustomer.heading'));
  showInView(view, heading, h('p', {}, t('existingCustomer.intro')), status, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await sendForm(form, status, () => operatorCall(context, status, 'POST', '/operator/customers', requestBody(form)));
    if (!answer) return;
    if (answer.status === 201) {
      showRegistered(view, answer.body, form.elements['administrator.email'].value.trim());
    } else if (answer.status === 409) {
      const box = messageBox('error', t('existingCustomer.conflict'), messageOf(answer), t('form.kept'));
      status.replaceChildren(box);
      focus(box);
    } else {
      showRefusal(form, status, answer, t('existingCustomer.failed'));
    }
  });
}

function showRegistered(view, customer, administratorEmail) {
  const heading = h('h2', {}, t('existingCustomer.done.heading', { name: customer.name ?? '' }));
  replaceChildren(view,
    heading,
    messageBox('success', null, t('existingCustomer.done', { email: administratorEmail })),
    h('dl', { class: 'summary', id: 'registered-customer' },
      term(t('details.name'), customer.name),
      term(t('details.organisationsnummer'), customer.organisationsnummer),
      term(t('lookup.standing'), textOf('standing', customer.agreementStanding)),
      term(t('lookup.registeredAt'), dateTime(customer.registeredAt))),
    h('p', {}, h('a', { href: `/inera/kunder?organisationsnummer=${encodeURIComponent(customer.organisationsnummer ?? '')}` },
      t('existingCustomer.done.lookUp'))),
    h('p', {}, h('a', { href: '/inera/befintlig-kund' }, t('existingCustomer.another'))));
  focus(heading);
}
