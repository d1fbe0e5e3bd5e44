/**
 * "/inera/leveranser": customer service's work list of attested orders waiting for delivery
 * (GET /operator/deliveries). "Registrera leverans" records the access instructions
 * (POST /operator/orders/{orderId}/delivery); the order's workflow then mails them to the orderer, the
 * organisation's administrators and agreement contacts. The button is disabled while it runs; a second record
 * anyway gets the API's 409, shown as it is.
 */
import { h, focus, messageBox } from '../dom.js';
import { sendForm, showRefusal } from '../form-fields.js';
import { dateTime } from '../format.js';
import { t } from '../i18n.js';
import { fetchItems, operatorCall, renderOperatorPage, showInView } from './operator.js';

export function renderOperatorDeliveries(main, { navigate }) {
  return renderOperatorPage(main, { title: t('deliveries.title'), navigate }, (view, context) => showList(view, context));
}

async function showList(view, context) {
  const items = await fetchItems(context, view, '/operator/deliveries', t('deliveries.loading'));
  if (!items) return;
  if (!items.length) {
    showInView(view, h('h2', {}, t('deliveries.heading')), h('p', {}, t('deliveries.none')));
    return;
  }
  showInView(view, h('h2', {}, t('deliveries.heading')), ...items.map((item) => deliveryForm(item, context)));
}

function deliveryForm(item, context) {
  const id = `instructions-${item.orderId}`;
  const instructions = h('textarea', { id, name: 'accessInstructions', rows: '4', required: true, maxlength: '4000',
    'aria-required': 'true', 'aria-describedby': `${id}-error` });
  const button = h('button', { type: 'submit', class: 'button small' }, t('deliveries.submit'));
  const formStatus = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const headingId = `delivery-${item.orderId}`;
  const form = h('form', { class: 'delivery form', novalidate: true, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, `${item.organisationName} (${item.organisationsnummer})`),
    h('p', {}, item.summary, h('br'), t('deliveries.orderedBy', {
      orderer: item.orderedBy, email: item.ordererEmail, attestant: item.attestedBy, time: dateTime(item.attestedAt),
    })),
    (item.careUnits ?? []).length ? h('ul', {}, item.careUnits.map((unit) => h('li', {}, unit))) : null,
    formStatus,
    h('div', { class: 'field', dataset: { field: 'accessInstructions' } },
      h('label', { for: id }, t('deliveries.instructions')),
      h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
      instructions),
    h('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await sendForm(form, formStatus, () => operatorCall(context, formStatus, 'POST',
      `/operator/orders/${encodeURIComponent(item.orderId)}/delivery`, { accessInstructions: instructions.value }));
    if (!answer) return;
    if (answer.status === 200) {
      const done = messageBox('success', null, t('deliveries.done', { organisation: item.organisationName }));
      form.replaceChildren(done);
      focus(done);
    } else {
      showRefusal(form, formStatus, answer, t('deliveries.failed'));
    }
  });
  return form;
}
