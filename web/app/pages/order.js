/**
 * "/bestall" (Beställ, step 5 of the routine) and "/bestallningar" (the orderer's orders with status), for a signed-in
 * Beställare. Beställ: organisation → service → offering (GET /catalogue) → the form with every care unit at the
 * first order → the price and, for an add-on order, the routine's warning (POST …/orders/quote) → the terms → send
 * (POST …/orders). One Idempotency-Key per filled-in form, so a double click or a resend is one order.
 */
import { h, messageBox, replaceChildren } from '../dom.js';
import { callApi, messageOf } from '../api.js';
import { dateTime } from '../format.js';
import { currentSession } from '../session.js';

const ORDER_STATUSES = {
  AWAITING_ATTESTATION: 'Väntar på attest',
  ATTESTED: 'Attesterad, väntar på leverans',
  REJECTED: 'Avslagen av attestanten',
  EXPIRED: 'Inte attesterad i tid',
  DELIVERED: 'Levererad',
};

const kronor = (ore) => `${(ore / 100).toLocaleString('sv-SE')} kr`;

export function renderOrder(main, { navigate }) {
  return withOrganisation(main, 'Beställ', navigate, (view, organisation, session) => chooseService(view, organisation, session));
}

export function renderOrders(main, { navigate }) {
  return withOrganisation(main, 'Mina beställningar', navigate, (view, organisation, session) => showOrders(view, organisation, session));
}

/** The signed-in person's organisations where they are Beställare; one chosen (or the only one). */
function withOrganisation(main, title, navigate, show) {
  document.title = `${title} – Kundportal`;
  const view = h('div', { 'aria-live': 'polite' });
  replaceChildren(main, h('h1', {}, title), view);
  const session = currentSession();
  if (!session) {
    view.replaceChildren(messageBox('info', null, 'Logga in för att beställa. ', h('a', { href: '/logga-in' }, 'Logga in')));
    return undefined;
  }
  (async () => {
    const me = await callApi('GET', '/me', { idToken: session.idToken });
    if (me.status !== 200) { view.replaceChildren(messageBox('error', null, messageOf(me))); return; }
    const mine = (me.body.organisations ?? []).filter((o) => (o.roles ?? []).includes('ORDERER'));
    if (!mine.length) { view.replaceChildren(messageBox('info', null, 'Du har inte rollen Beställare i någon organisation.')); return; }
    if (mine.length === 1) { show(view, mine[0], session); return; }
    view.replaceChildren(h('h2', {}, 'Välj organisation'), h('ul', {}, mine.map((o) =>
      h('li', {}, h('button', { type: 'button', class: 'button secondary', onclick: () => show(view, o, session) }, `${o.name} (${o.organisationsnummer})`)))));
  })();
  return undefined;
}

async function chooseService(view, organisation, session) {
  const catalogue = await callApi('GET', '/catalogue', { idToken: session.idToken });
  if (catalogue.status !== 200) { view.replaceChildren(messageBox('error', null, messageOf(catalogue))); return; }
  view.replaceChildren(h('h2', {}, `Välj tjänst för ${organisation.name}`), h('ul', { class: 'choices' },
    catalogue.body.services.map((service) => h('li', {},
      h('button', { type: 'button', class: 'button secondary', onclick: () => chooseOffering(view, organisation, session, service) }, service.name),
      service.requiredServices.length ? h('p', { class: 'hint' }, `Kräver: ${service.requiredServices.join(', ')}`) : null))));
}

function chooseOffering(view, organisation, session, service) {
  view.replaceChildren(h('h2', {}, `${service.name}: välj erbjudande`), h('ul', { class: 'choices' },
    service.offerings.filter((o) => o.orderable).map((offering) => h('li', {},
      h('button', { type: 'button', class: 'button secondary', onclick: () => orderForm(view, organisation, session, service, offering) }, offering.name),
      h('p', { class: 'hint' }, `Uppstartskostnad ${kronor(offering.startupFeeOre)}${offering.examplePrices ? ' (exempelpris)' : ''}`)))));
}

function orderForm(view, organisation, session, service, offering) {
  const idempotencyKey = crypto.randomUUID();
  const orders = `/organisations/${encodeURIComponent(organisation.organisationsnummer)}/orders`;
  const units = h('ol', {});
  const addUnit = () => {
    const index = units.children.length;
    units.append(h('li', {},
      h('label', { for: `hsa-${index}` }, 'HSA-id'), ' ', h('input', { id: `hsa-${index}`, name: 'hsaId', placeholder: 'SE2321000016-1234' }), ' ',
      h('label', { for: `unit-${index}` }, 'Vårdenhetens namn'), ' ', h('input', { id: `unit-${index}`, name: 'name' })));
  };
  const careUnits = () => [...units.children].map((li) => ({ hsaId: li.querySelector('[name=hsaId]').value, name: li.querySelector('[name=name]').value }))
    .filter((unit) => unit.hsaId || unit.name);
  const allListed = h('input', { type: 'checkbox', id: 'all-listed' });
  const terms = h('input', { type: 'checkbox', id: 'terms' });
  const addOnAck = h('input', { type: 'checkbox', id: 'add-on' });
  const price = h('div', { 'aria-live': 'polite' });
  const status = h('div', { 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', class: 'button' }, 'Skicka beställningen');
  const body = () => ({ serviceId: service.serviceId, offeringId: offering.offeringId, careUnits: careUnits(),
    acceptedTermsVersion: terms.checked ? offering.termsVersion : '', allCareUnitsListed: allListed.checked, acknowledgesAdditionalStartupFee: addOnAck.checked });
  const quote = async () => {
    const answer = await callApi('POST', `${orders}/quote`, { idToken: session.idToken, body: body() });
    if (answer.status !== 200) { price.replaceChildren(messageBox('error', null, messageOf(answer), ...errorsOf(answer))); return; }
    price.replaceChildren(h('h3', {}, 'Pris'), h('ul', {}, answer.body.lines.map((line) => h('li', {}, `${line.description}: ${kronor(line.totalOre)}`))),
      answer.body.addOnWarning ? messageBox('warning', 'Tilläggsbeställning', answer.body.addOnWarning,
        h('p', {}, addOnAck, ' ', h('label', { for: 'add-on' }, 'Jag förstår att en till uppstartskostnad tillkommer'))) : null);
  };
  if (offering.requiresCareUnits) addUnit();
  const form = h('form', { novalidate: true },
    h('h2', {}, `${service.name}: ${offering.name}`),
    offering.requiresCareUnits ? h('fieldset', {}, h('legend', {}, 'Vårdenheter som ska anslutas'),
      offering.firstOrderListsAllCareUnits ? h('p', { class: 'hint' }, 'Uppge vid första beställningen alla era vårdenheter som ska anslutas till tjänsten.') : null,
      units, h('button', { type: 'button', class: 'button small secondary', onclick: () => { addUnit(); } }, 'Lägg till vårdenhet'),
      offering.firstOrderListsAllCareUnits ? h('p', {}, allListed, ' ', h('label', { for: 'all-listed' }, 'Alla vårdenheter som ska anslutas finns med')) : null) : null,
    h('p', {}, h('button', { type: 'button', class: 'button secondary', onclick: quote }, 'Visa pris')), price,
    h('p', {}, terms, ' ', h('label', { for: 'terms' }, `Jag har läst och godkänner villkoren (version ${offering.termsVersion})`)),
    status, h('p', {}, send));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = true;
    const answer = await callApi('POST', orders, { idToken: session.idToken, body: body(), headers: { 'Idempotency-Key': idempotencyKey } });
    if (answer.status === 201) {
      view.replaceChildren(messageBox('success', 'Beställningen är skickad', 'Den går nu till er organisations attestant för hantering. ',
        h('a', { href: '/bestallningar' }, 'Följ beställningen')));
      return;
    }
    send.disabled = false;
    status.replaceChildren(messageBox('error', null, messageOf(answer), ...errorsOf(answer)));
  });
  view.replaceChildren(form);
  quote();
}

async function showOrders(view, organisation, session) {
  const answer = await callApi('GET', `/organisations/${encodeURIComponent(organisation.organisationsnummer)}/orders`, { idToken: session.idToken });
  if (answer.status !== 200) { view.replaceChildren(messageBox('error', null, messageOf(answer))); return; }
  if (!answer.body.items.length) { view.replaceChildren(h('p', {}, 'Inga beställningar ännu. ', h('a', { href: '/bestall' }, 'Beställ'))); return; }
  view.replaceChildren(h('h2', {}, organisation.name), h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'Beställd'), h('th', {}, 'Erbjudande'), h('th', {}, 'Vårdenheter'), h('th', {}, 'Status'))),
    h('tbody', {}, answer.body.items.map((order) => h('tr', {},
      h('td', {}, dateTime(order.placedAt)), h('td', {}, `${order.serviceId} / ${order.offeringId}`),
      h('td', {}, String(order.careUnits.length)),
      h('td', {}, ORDER_STATUSES[order.status] ?? order.status, order.rejectionReason ? ` – ${order.rejectionReason}` : ''))))));
}

function errorsOf(answer) {
  return (answer.body?.errors ?? []).map((error) => error.message);
}
