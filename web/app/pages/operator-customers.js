/**
 * "/inera/kunder": customer service's look-up of a customer by organisationsnummer
 * (GET /operator/organisations/{nr}): where it stands with Kundavtal 2, its administrators (each with "Skicka nytt
 * tillfälligt lösenord", as on /inera/administratorer), every person with their roles, and its newest orders.
 * `?organisationsnummer=` opens the page with that organisation looked up (the link after a registration).
 */
import { h, focus, messageBox, term } from '../dom.js';
import { callApi, messageOf } from '../api.js';
import { clearFieldErrors, showProblems, showRefusal } from '../form-fields.js';
import { dateTime } from '../format.js';
import { formatOre, t } from '../i18n.js';
import { textOf } from '../messages.js';
import { operatorCall, renderOperatorPage, showInView } from './operator.js';
import { newPasswordButton } from './operator-administrators.js';
import { namesOf } from './order.js';

export function renderOperatorCustomers(main, { navigate }) {
  return renderOperatorPage(main, { title: t('lookup.title'), navigate }, (view, context) => showSearch(view, context));
}

function showSearch(view, context) {
  const asked = new URLSearchParams(location.search).get('organisationsnummer') ?? '';
  const input = h('input', { id: 'lookup-organisationsnummer', name: 'organisationsnummer', required: true, 'aria-required': 'true',
    autocomplete: 'off', placeholder: 'NNNNNN-NNNN', 'aria-describedby': 'lookup-organisationsnummer-hint lookup-organisationsnummer-error' });
  input.value = asked;
  const result = h('div', { id: 'lookup-result' });
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const form = h('form', { class: 'form narrow', role: 'search', novalidate: true, 'aria-labelledby': 'lookup-heading' },
    status,
    h('div', { class: 'field', dataset: { field: 'organisationsnummer' } },
      h('label', { for: 'lookup-organisationsnummer' }, t('details.organisationsnummer')),
      h('p', { class: 'hint', id: 'lookup-organisationsnummer-hint' }, t('apply.organisationsnummer.hint')),
      h('p', { class: 'field-error', id: 'lookup-organisationsnummer-error', hidden: true }),
      input),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button small' }, t('lookup.show'))));
  const search = { form, status };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const organisationsnummer = input.value.trim();
    if (!organisationsnummer) {
      result.replaceChildren();
      showProblems(form, status, [{ field: 'organisationsnummer', message: t('administrators.organisationsnummer.missing') }]);
      return;
    }
    clearFieldErrors(form);
    status.replaceChildren();
    showCustomer(result, context, organisationsnummer, search);
  });
  showInView(view, h('h2', { id: 'lookup-heading' }, t('lookup.search')), h('p', {}, t('lookup.intro')), form, result);
  if (asked) showCustomer(result, context, asked, search);
}

async function showCustomer(result, context, organisationsnummer, search) {
  result.replaceChildren(h('p', { class: 'working', role: 'status' }, t('form.loading')));
  const path = `/operator/organisations/${encodeURIComponent(organisationsnummer)}`;
  const [answer, catalogue] = await Promise.all([
    operatorCall(context, result, 'GET', path),
    callApi('GET', '/catalogue', { idToken: context.session.idToken }).catch(() => null),
  ]);
  if (!answer) return;
  if (answer.status === 400) {
    // A malformed number: the error beside the input, which keeps what was typed.
    result.replaceChildren();
    const errors = answer.body?.errors?.length ? answer.body.errors : [{ field: 'organisationsnummer', message: messageOf(answer) }];
    showRefusal(search.form, search.status, { status: 400, body: { ...answer.body, errors } });
    return;
  }
  if (answer.status !== 200) {
    const box = messageBox('error', answer.status === 404 ? t('lookup.notFound') : null, messageOf(answer));
    showInView(result, box);
    focus(box);
    return;
  }
  const customer = answer.body;
  const names = namesOf(catalogue?.status === 200 ? catalogue.body : null);
  const members = customer.members ?? [];
  const administrators = members.filter((member) => (member.roles ?? []).includes('ADMINISTRATOR'));
  const passwordStatus = h('div', { 'aria-live': 'polite' });
  const heading = h('h3', { id: 'customer-heading' }, `${customer.name} (${customer.organisationsnummer})`);
  const agreement = customer.agreement;
  showInView(result,
    heading,
    h('dl', { class: 'summary', id: 'customer-standing' },
      term(t('lookup.standing'), textOf('standing', customer.agreementStanding)),
      term(t('details.agreement'), agreement
        ? t('lookup.agreement', { kind: textOf('agreementKind', agreement.kind), status: textOf('agreement', agreement.status), time: dateTime(agreement.createdAt) })
        : t('lookup.agreement.none')),
      term(t('lookup.registeredAt'), dateTime(customer.registeredAt))),
    h('section', { 'aria-labelledby': 'customer-administrators' },
      h('h4', { id: 'customer-administrators' }, t('lookup.administrators')),
      passwordStatus,
      administrators.length
        ? h('ul', { class: 'administrators' }, administrators.map((person) => h('li', {}, h('strong', {}, person.name), ` (${person.email}) `,
          newPasswordButton(context, passwordStatus, customer.organisationsnummer, person))))
        : h('p', {}, t('administrators.none')),
      h('p', {}, h('a', { href: '/inera/administratorer' }, t('lookup.appoint')))),
    h('section', { 'aria-labelledby': 'customer-roles' },
      h('h4', { id: 'customer-roles' }, t('lookup.roles')),
      membersTable(customer, members)),
    h('section', { 'aria-labelledby': 'customer-orders' },
      h('h4', { id: 'customer-orders' }, t('lookup.orders')),
      ordersTable(customer, names),
      customer.moreOrders ? h('p', { class: 'note' }, t('lookup.orders.more', { count: (customer.orders ?? []).length })) : null));
  focus(heading);
}

function membersTable(customer, members) {
  if (!members.length) return h('p', {}, t('users.none'));
  const column = { name: t('users.column.name'), roles: t('users.column.roles'), contact: t('users.column.contact'), login: t('users.column.login') };
  return h('table', { class: 'work-list', id: 'customer-members' },
    h('caption', {}, t('users.caption', { name: customer.name })),
    h('thead', {}, h('tr', {}, Object.values(column).map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, members.map((member) => h('tr', {},
      h('td', { 'data-label': column.name }, member.name),
      h('td', { 'data-label': column.roles }, (member.roles ?? []).map((role) => textOf('role', role)).join(', ') || '–'),
      h('td', { 'data-label': column.contact }, member.email, member.mobile ? h('br') : null, member.mobile ?? ''),
      h('td', { 'data-label': column.login }, member.login ? t('lookup.yes') : t('lookup.no'))))));
}

function ordersTable(customer, names) {
  const orders = customer.orders ?? [];
  if (!orders.length) return h('p', {}, t('lookup.orders.none'));
  const column = {
    placed: t('orders.placed'), offering: t('orders.offering'), status: t('users.agreement.status'),
    startup: t('lookup.orders.startup'), recurring: t('lookup.orders.recurring'),
  };
  return h('table', { class: 'work-list orders', id: 'customer-order-list' },
    h('caption', {}, t('orders.caption', { organisation: customer.name })),
    h('thead', {}, h('tr', {}, Object.values(column).map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, orders.map((order) => h('tr', {},
      h('td', { 'data-label': column.placed }, dateTime(order.placedAt)),
      h('td', { 'data-label': column.offering }, h('strong', {}, names.service(order.serviceId)), h('br'),
        names.offering(order.serviceId, order.offeringId)),
      h('td', { 'data-label': column.status }, textOf('orderStatus', order.status)),
      h('td', { 'data-label': column.startup }, formatOre(order.startupTotalOre)),
      h('td', { 'data-label': column.recurring }, formatOre(order.recurringTotalOre))))));
}
