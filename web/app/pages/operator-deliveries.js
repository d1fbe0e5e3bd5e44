/**
 * "/inera/leveranser": customer service's work list of attested orders waiting for delivery
 * (GET /operator/deliveries). "Registrera leverans" records the access instructions
 * (POST /operator/orders/{orderId}/delivery); the order's workflow then mails them to the orderer, the
 * organisation's administrators and agreement contacts. The button is disabled while it runs; a second record
 * anyway gets the API's 409, shown as it is.
 */
import { h, messageBox } from '../dom.js';
import { messageOf } from '../api.js';
import { dateTime } from '../format.js';
import { fetchItems, operatorCall, renderOperatorPage, showInView } from './operator.js';

export function renderOperatorDeliveries(main, { navigate }) {
  return renderOperatorPage(main, { title: 'Leveranser', navigate }, (view, context) => showList(view, context));
}

async function showList(view, context) {
  const items = await fetchItems(context, view, '/operator/deliveries', 'Hämtar beställningar …');
  if (!items) return;
  const status = h('div', { 'aria-live': 'polite' });
  if (!items.length) {
    showInView(view, h('h2', {}, 'Attesterade beställningar'), h('p', {}, 'Inga beställningar väntar på leverans.'));
    return;
  }
  showInView(view, h('h2', {}, 'Attesterade beställningar'), status, ...items.map((item) => deliveryForm(item, context, view, status)));
}

function deliveryForm(item, context, view, status) {
  const id = `instructions-${item.orderId}`;
  const instructions = h('textarea', { id, name: 'accessInstructions', rows: '4', required: true, maxlength: '4000' });
  const button = h('button', { type: 'submit', class: 'button small' }, 'Registrera leverans');
  const form = h('form', { class: 'delivery', novalidate: true },
    h('h3', {}, `${item.organisationName} (${item.organisationsnummer})`),
    h('p', {}, item.summary, h('br'), `Beställd av ${item.orderedBy} (${item.ordererEmail}), attesterad av ${item.attestedBy} ${dateTime(item.attestedAt)}`),
    (item.careUnits ?? []).length ? h('ul', {}, item.careUnits.map((unit) => h('li', {}, unit))) : null,
    h('p', {}, h('label', { for: id }, 'Instruktioner för tillgång (skickas till beställaren, administratörerna och avtalets kontaktperson)'), h('br'), instructions),
    h('p', {}, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    const answer = await operatorCall(context, view, 'POST', `/operator/orders/${encodeURIComponent(item.orderId)}/delivery`,
      { accessInstructions: instructions.value });
    if (!answer) return;
    if (answer.status === 200) {
      form.replaceChildren(messageBox('success', null, `Leveransen till ${item.organisationName} är registrerad; instruktionerna skickas.`));
    } else {
      button.disabled = false;
      const fields = (answer.body?.errors ?? []).map((error) => error.message);
      status.replaceChildren(messageBox('error', null, messageOf(answer), ...fields));
    }
  });
  return form;
}
