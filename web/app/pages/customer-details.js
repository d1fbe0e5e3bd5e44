/**
 * "/organisation/<nr>/kundinformation": Kundinformation (GET /organisations/{nr}) and Fakturauppgifter — the
 * administrator updates the reference and the invoicing address, or chooses the default (the organisation's postal
 * address) with PUT /organisations/{nr}/invoicing. The organisationsnummer is shown, never edited.
 */
import { h, focus, messageBox, replaceChildren, term } from '../dom.js';
import { messageOf } from '../api.js';
import { address, date } from '../format.js';
import { field, sendForm, showRefusal } from '../form-fields.js';
import { renderCustomerPage } from '../customer.js';
import { t } from '../i18n.js';
import { textOf } from '../messages.js';

export function renderCustomerDetails(main, { parameters: [organisationsnummer], navigate }) {
  return renderCustomerPage(main, { title: t('details.title'), navigate, organisationsnummer },
    (view, context) => load(view, context));
}

function organisationUrl(context) {
  return `/organisations/${encodeURIComponent(context.organisation.organisationsnummer)}`;
}

async function load(view, context) {
  const body = h('div', {}, h('p', { class: 'working', role: 'status' }, t('form.loading')));
  view.append(body);
  const answer = await context.call(body, 'GET', organisationUrl(context));
  if (!answer) return;
  if (answer.status !== 200) {
    body.replaceChildren(messageBox('error', null, messageOf(answer)));
    return;
  }
  const details = h('div', {});
  const invoicing = h('section', { 'aria-labelledby': 'invoicing-heading' });
  body.replaceChildren(details, invoicing);
  showDetails(details, answer.body);
  if (context.organisation.can?.editInvoicing) showInvoicingForm(invoicing, context, answer.body);
  else showInvoicing(invoicing, answer.body);
}

function showDetails(container, organisation) {
  const agreement = organisation.agreement ?? {};
  container.replaceChildren(
    h('dl', { class: 'summary' },
      term(t('details.name'), organisation.name),
      term(t('details.organisationsnummer'), organisation.organisationsnummer),
      organisation.legalForm ? term(t('details.legalForm'), organisation.legalForm) : null,
      term(t('details.postalAddress'), address(organisation.postalAddress)),
      term(t('details.agreement'), textOf('agreement', agreement.status)),
      agreement.signedAt ? term(t('details.signedAt'), date(agreement.signedAt)) : null),
    h('p', { class: 'hint' }, t('details.changedByInera')));
}

function invoicingAddress(organisation) {
  const invoicing = organisation.invoicing ?? {};
  return invoicing.useDefaultAddress ? t('details.invoicing.defaultAddress', { address: address(organisation.postalAddress) }) : address(invoicing.address);
}

function showInvoicing(section, organisation, notice) {
  replaceChildren(section,
    h('h2', { id: 'invoicing-heading' }, t('details.invoicing.title')),
    notice ?? null,
    h('dl', { class: 'summary' },
      term(t('details.invoicing.reference'), organisation.invoicing?.reference),
      term(t('details.invoicing.address'), invoicingAddress(organisation))));
}

function showInvoicingForm(section, context, organisation, notice) {
  const invoicing = organisation.invoicing ?? {};
  const current = invoicing.address ?? {};
  const useDefault = h('input', { type: 'checkbox', id: 'use-default-address', name: 'useDefaultAddress', checked: Boolean(invoicing.useDefaultAddress),
    'aria-describedby': 'use-default-address-hint' });
  const addressGroup = h('fieldset', {},
    h('legend', {}, t('details.invoicing.address')),
    field({ name: 'address.street', label: t('address.street'), required: true, value: current.street ?? '' }),
    h('div', { class: 'field-row' },
      field({ name: 'address.postalCode', label: t('address.postalCode'), required: true, inputmode: 'numeric', value: current.postalCode ?? '', hint: t('address.postalCode.hint') }),
      field({ name: 'address.city', label: t('address.city'), required: true, value: current.city ?? '' })));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'invoicing-heading' },
    field({ name: 'reference', label: t('details.invoicing.reference'), required: true, value: invoicing.reference ?? '',
      hint: t('details.invoicing.reference.hint') }),
    h('div', { class: 'field', dataset: { field: 'useDefaultAddress' } },
      h('p', { class: 'field-error', hidden: true }),
      h('div', { class: 'choice' }, useDefault, h('label', { for: 'use-default-address' }, t('details.invoicing.useDefault'))),
      h('p', { class: 'hint', id: 'use-default-address-hint' }, t('details.invoicing.useDefault.hint', { address: address(organisation.postalAddress) }))),
    addressGroup,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('details.invoicing.submit'))));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  // With the default address the own address is not sent, so its inputs are hidden (and out of the tab order).
  const showAddress = () => { addressGroup.hidden = useDefault.checked; };
  useDefault.addEventListener('change', showAddress);
  showAddress();
  replaceChildren(section, h('h2', { id: 'invoicing-heading' }, t('details.invoicing.title')), status, notice ?? null, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => form.elements.namedItem(name).value.trim();
    const request = { reference: value('reference'), useDefaultAddress: useDefault.checked };
    if (!useDefault.checked) {
      request.address = { street: value('address.street'), postalCode: value('address.postalCode'), city: value('address.city') };
    }
    const answer = await sendForm(form, status, () => context.call(status, 'PUT', `${organisationUrl(context)}/invoicing`, request));
    if (!answer) return;
    if (answer.status === 200) {
      const saved = messageBox('success', null, t('details.invoicing.saved'));
      showInvoicingForm(section, context, answer.body, saved);
      focus(saved);
    } else {
      showRefusal(form, status, answer, t('person.notSaved'));
    }
  });
}
