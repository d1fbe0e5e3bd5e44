/**
 * "/bestall" (Beställ, step 5 of the routine) and "/bestallningar" (the orderer's orders with status), for a signed-in
 * Beställare. Beställ: organisation → service → offering (GET /catalogue) → the form with every care unit at the
 * first order → the price and, for an add-on order, the routine's warning (POST …/orders/quote) → the terms → send
 * (POST …/orders). One Idempotency-Key per filled-in form, so a double click or a resend is one order. Services and
 * offerings are shown by their catalogue names, also in the list of orders (which holds only their ids).
 */
import { h, focus, messageBox, replaceChildren } from '../dom.js';
import { callApi, messageOf } from '../api.js';
import { dateTime } from '../format.js';
import { clearFieldErrors, sendForm, showRefusal } from '../form-fields.js';
import { formatOre, sentence, t } from '../i18n.js';
import { textOf } from '../messages.js';
import { currentSession } from '../session.js';

export function renderOrder(main, { navigate }) {
  return withOrganisation(main, t('order.title'), navigate, (view, organisation, session) => chooseService(view, organisation, session));
}

export function renderOrders(main, { navigate }) {
  return withOrganisation(main, t('orders.title'), navigate, (view, organisation, session) => showOrders(view, organisation, session));
}

/** The signed-in person's organisations where they are Beställare; one chosen (or the only one). */
function withOrganisation(main, title, navigate, show) {
  document.title = t('site.titleOf', { page: title });
  const view = h('div', {});
  replaceChildren(main, h('h1', {}, title), view);
  const session = currentSession();
  if (!session) {
    view.replaceChildren(messageBox('info', null, h('p', {}, t('order.signInFirst'), ' ', h('a', { href: '/logga-in' }, t('nav.signIn')))));
    return undefined;
  }
  (async () => {
    const me = await call(view, 'GET', '/me', session);
    if (!me) return;
    const mine = (me.body.organisations ?? []).filter((o) => (o.roles ?? []).includes('ORDERER'));
    if (!mine.length) { view.replaceChildren(messageBox('info', null, t('order.notOrderer'))); return; }
    if (mine.length === 1) { show(view, mine[0], session); return; }
    const heading = h('h2', {}, t('customer.chooser.title'));
    view.replaceChildren(heading, h('ul', { class: 'choices' }, mine.map((o) =>
      h('li', {}, h('button', { type: 'button', class: 'button secondary', onclick: () => show(view, o, session) }, `${o.name} (${o.organisationsnummer})`)))));
  })();
  return undefined;
}

/** A signed-in GET or POST; a network failure or a refusal is shown in `view` and gives null. */
async function call(view, method, path, session, options = {}) {
  let answer;
  try {
    answer = await callApi(method, path, { idToken: session.idToken, ...options });
  } catch (failure) {
    showIn(view, messageBox('error', null, failure.message || t('call.unexpected')));
    return null;
  }
  if (answer.status === 200 || answer.status === 201 || options.passStatuses?.includes(answer.status)) return answer;
  showIn(view, messageBox('error', answer.status === 401 ? t('call.signedOut.title') : null, messageOf(answer)));
  return null;
}

function showIn(view, box) {
  view.replaceChildren(box);
  focus(box);
}

/** The catalogue's names by id: services by serviceId, offerings by `${serviceId}/${offeringId}`. */
export function namesOf(catalogue) {
  const services = new Map();
  const offerings = new Map();
  for (const service of catalogue?.services ?? []) {
    services.set(service.serviceId, service.name);
    for (const offering of service.offerings ?? []) offerings.set(`${service.serviceId}/${offering.offeringId}`, offering.name);
  }
  return {
    service: (id) => services.get(id) ?? id,
    offering: (serviceId, offeringId) => offerings.get(`${serviceId}/${offeringId}`) ?? offeringId,
  };
}

async function chooseService(view, organisation, session) {
  const catalogue = await call(view, 'GET', '/catalogue', session);
  if (!catalogue) return;
  const names = namesOf(catalogue.body);
  const heading = h('h2', {}, t('order.chooseService', { organisation: organisation.name }));
  view.replaceChildren(heading, h('ul', { class: 'choices' },
    catalogue.body.services.map((service) => h('li', {},
      h('button', { type: 'button', class: 'button secondary', onclick: () => chooseOffering(view, organisation, session, service, names) }, service.name),
      service.description ? h('p', { class: 'hint' }, service.description) : null,
      service.requiredServices.length
        ? h('p', { class: 'hint' }, t('order.requires', { services: service.requiredServices.map(names.service).join(', ') })) : null))));
}

function chooseOffering(view, organisation, session, service, names) {
  const heading = h('h2', {}, t('order.chooseOffering', { service: service.name }));
  view.replaceChildren(heading, h('ul', { class: 'choices' },
    service.offerings.filter((o) => o.orderable).map((offering) => h('li', {},
      h('button', { type: 'button', class: 'button secondary', onclick: () => orderForm(view, organisation, session, service, offering, names) }, offering.name),
      h('p', { class: 'hint' }, offering.examplePrices
        ? t('order.startupFee.example', { fee: formatOre(offering.startupFeeOre) })
        : t('order.startupFee', { fee: formatOre(offering.startupFeeOre) }))))));
  focus(heading);
}

/** A checkbox with its label and room for its error, found by the API's field name. */
function checkbox(id, field, label) {
  const box = h('input', { type: 'checkbox', id, name: field, 'aria-describedby': `${id}-error` });
  const wrapper = h('div', { class: 'field', dataset: { field } },
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    h('div', { class: 'choice' }, box, h('label', { for: id }, label)));
  return { box, wrapper };
}

function orderForm(view, organisation, session, service, offering) {
  const idempotencyKey = crypto.randomUUID();
  const orders = `/organisations/${encodeURIComponent(organisation.organisationsnummer)}/orders`;
  const units = h('ol', { class: 'care-units' });
  const unitInput = (index, name, label, extra = {}) => {
    const id = `${name === 'hsaId' ? 'hsa' : 'unit'}-${index}`;
    return h('div', { class: 'field' },
      h('label', { for: id }, label),
      h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
      h('input', { id, name, 'aria-describedby': `${id}-error`, autocomplete: 'off', ...extra }));
  };
  const addUnit = () => {
    const index = units.children.length;
    const number = index + 1;
    const row = h('li', { class: 'field-row' },
      unitInput(index, 'hsaId', t('order.unit.hsaId', { number }), { placeholder: 'SE2321000016-1234' }),
      unitInput(index, 'name', t('order.unit.name', { number })));
    units.append(row);
    return row;
  };
  /** The filled-in rows; each one's fields named as the API names them (careUnits[i].hsaId), so its errors land there. */
  const careUnits = () => {
    const sent = [];
    for (const row of units.children) {
      const [hsa, name] = row.querySelectorAll('.field');
      const unit = { hsaId: hsa.querySelector('input').value.trim(), name: name.querySelector('input').value.trim() };
      const included = unit.hsaId || unit.name;
      hsa.dataset.field = included ? `careUnits[${sent.length}].hsaId` : '';
      name.dataset.field = included ? `careUnits[${sent.length}].name` : '';
      if (included) sent.push(unit);
    }
    return sent;
  };
  const allListed = checkbox('all-listed', 'allCareUnitsListed', t('order.allListed'));
  const terms = checkbox('terms', 'acceptedTermsVersion', t('order.terms', { version: offering.termsVersion }));
  const addOn = checkbox('add-on', 'acknowledgesAdditionalStartupFee', t('order.addOn.acknowledge'));
  const price = h('div', { class: 'price', 'aria-live': 'polite' });
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', class: 'button primary', id: 'send-order' }, t('order.send'));
  const body = () => ({ serviceId: service.serviceId, offeringId: offering.offeringId, careUnits: careUnits(),
    acceptedTermsVersion: terms.box.checked ? offering.termsVersion : '', allCareUnitsListed: allListed.box.checked,
    acknowledgesAdditionalStartupFee: addOn.box.checked });
  const heading = h('h2', { id: 'order-heading' }, `${service.name}: ${offering.name}`);
  const unitsGroup = offering.requiresCareUnits
    ? h('fieldset', { class: 'field', dataset: { field: 'careUnits' }, 'aria-describedby': 'care-units-error' },
      h('legend', {}, t('order.units')),
      h('p', { class: 'field-error', id: 'care-units-error', hidden: true }),
      offering.firstOrderListsAllCareUnits ? h('p', { class: 'hint' }, t('order.units.firstOrder')) : null,
      units,
      h('button', { type: 'button', class: 'button small secondary', id: 'add-care-unit', onclick: () => focus(addUnit().querySelector('input')) }, t('order.units.add')),
      offering.firstOrderListsAllCareUnits ? allListed.wrapper : null)
    : null;
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'order-heading' },
    status,
    unitsGroup,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button secondary', id: 'show-price', onclick: () => quote(true) }, t('order.showPrice'))),
    price,
    terms.wrapper,
    h('div', { class: 'actions' }, send));

  /** The price; when the person asks (`asked`), a refusal is shown at the fields, else only that the price needs more. */
  const quote = async (asked) => {
    const request = body();
    if (asked) clearFieldErrors(form);
    let answer;
    try {
      answer = await callApi('POST', `${orders}/quote`, { idToken: session.idToken, body: request });
    } catch (failure) {
      price.replaceChildren(messageBox('error', null, failure.message));
      return;
    }
    if (answer.status !== 200) {
      if (asked) showRefusal(form, status, answer, t('order.price.failed'));
      else price.replaceChildren(h('p', { class: 'hint' }, t('order.price.needsUnits')));
      return;
    }
    const checked = addOn.box.checked;
    replaceChildren(price, h('h3', {}, t('order.price')),
      h('ul', { class: 'price-lines' }, (answer.body.lines ?? []).map((line) => h('li', {}, `${line.description}: ${formatOre(line.totalOre)}`))),
      answer.body.addOnWarning
        ? messageBox('warning', t('order.addOn.title'), h('p', {}, answer.body.addOnWarning), addOn.wrapper)
        : null);
    addOn.box.checked = checked;
  };
  if (offering.requiresCareUnits) addUnit();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await sendForm(form, status, async () => {
      try {
        return await callApi('POST', orders, { idToken: session.idToken, body: body(), headers: { 'Idempotency-Key': idempotencyKey } });
      } catch (failure) {
        return { status: 0, body: { message: failure.message } };
      }
    });
    if (answer.status === 201) {
      const done = messageBox('success', t('order.sent.title'),
        h('p', {}, t('order.sent.text', { service: service.name, offering: offering.name })),
        h('p', {}, h('a', { href: '/bestallningar' }, t('order.sent.follow'))));
      view.replaceChildren(done);
      focus(done);
      return;
    }
    showRefusal(form, status, answer, t('order.failed'));
  });
  view.replaceChildren(heading, form);
  focus(heading);
  quote(false);
}

async function showOrders(view, organisation, session) {
  const [answer, catalogue] = await Promise.all([
    call(view, 'GET', `/organisations/${encodeURIComponent(organisation.organisationsnummer)}/orders`, session),
    callApi('GET', '/catalogue', { idToken: session.idToken }).catch(() => null),
  ]);
  if (!answer) return;
  const names = namesOf(catalogue?.status === 200 ? catalogue.body : null);
  const items = answer.body.items ?? [];
  if (!items.length) {
    view.replaceChildren(h('p', {}, sentence('orders.none', { link: h('a', { href: '/bestall' }, t('nav.order')) })));
    return;
  }
  const column = {
    placed: t('orders.placed'), offering: t('orders.offering'), units: t('orders.units'), status: t('users.agreement.status'),
  };
  view.replaceChildren(h('h2', {}, organisation.name), h('table', { class: 'work-list orders' },
    h('caption', {}, t('orders.caption', { organisation: organisation.name })),
    h('thead', {}, h('tr', {}, Object.values(column).map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, items.map((order) => h('tr', {},
      h('td', { 'data-label': column.placed }, dateTime(order.placedAt)),
      h('td', { 'data-label': column.offering }, h('strong', {}, names.service(order.serviceId)), h('br'),
        names.offering(order.serviceId, order.offeringId)),
      h('td', { 'data-label': column.units }, (order.careUnits ?? []).length
        ? h('ul', { class: 'plain' }, order.careUnits.map((unit) => h('li', {}, unit.name ? `${unit.name} (${unit.hsaId})` : unit.hsaId)))
        : '–'),
      h('td', { 'data-label': column.status }, textOf('orderStatus', order.status),
        order.rejectionReason ? ` – ${order.rejectionReason}` : ''))))));
}
