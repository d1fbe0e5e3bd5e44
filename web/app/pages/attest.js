/**
 * "/attestera/<linkId>": the attestant's page behind the e-mailed link. GET /attestation/{linkId} shows the order
 * read-only (opening the link changes nothing). The attestant asks for a one-time code by SMS
 * (POST …/sms-code), enters it and approves, or rejects with a reason (POST …/decision); the page then ends with
 * "Du kan nu stänga fönstret". Attesting never rides on a portal session: a signed-in person is asked to log out
 * first and the page sends nothing until they have (the API refuses such a request anyway).
 */
import { h, focus, messageBox, replaceChildren } from '../dom.js';
import { callApi, messageOf, NetworkError } from '../api.js';
import { dateTime } from '../format.js';
import { currentSession } from '../session.js';

const LINK_ID = /^[A-Za-z0-9_-]{22,128}$/;

export function renderAttestation(main, { parameters: [linkId] }) {
  document.title = 'Attestera beställningen – Kundportal';
  if (!LINK_ID.test(linkId)) {
    showProblem(main, 'Länken är ofullständig', 'Adressen ser inte ut som länken i e-postmeddelandet. Kopiera hela länken eller klicka på den direkt i meddelandet.');
    return undefined;
  }
  if (currentSession()) {
    showProblem(main, 'Logga ut först', 'Du är inloggad i Kundportalen. Logga ut från Kundportalen först och öppna sedan länken igen: en attest görs alltid utan inloggning, med engångskod via SMS eller med BankID.');
    return undefined;
  }
  const base = `/attestation/${encodeURIComponent(linkId)}`;
  replaceChildren(main, h('h1', {}, 'Attestera beställningen'), h('p', { class: 'working', role: 'status' }, 'Hämtar beställningen …'));
  callApi('GET', base).then((answer) => {
    if (answer.status === 200) showOrder(main, answer.body, base);
    else if (answer.status === 404) showProblem(main, 'Vi hittar inte länken', messageOf(answer, 'Länken finns inte.'));
    else if (answer.status === 410) showProblem(main, 'Länken fungerar inte längre', messageOf(answer, 'Länken har gått ut eller har redan använts.'));
    else showProblem(main, 'Beställningen kunde inte visas', messageOf(answer), 'Försök igen om en stund.');
  }, (failure) => showProblem(main, 'Beställningen kunde inte visas',
    failure instanceof NetworkError ? failure.message : 'Ett oväntat fel inträffade.'));
  return undefined;
}

function showProblem(main, title, ...texts) {
  document.title = `${title} – Kundportal`;
  replaceChildren(main, h('h1', {}, title), messageBox('warning', null, ...texts));
  focus(main.querySelector('h1'));
}

function kronor(ore) {
  return `${(ore / 100).toLocaleString('sv-SE')} kr`;
}

function showOrder(main, order, base) {
  const summary = h('dl', { class: 'summary' },
    h('dt', {}, 'Organisation'), h('dd', {}, order.organisationName),
    h('dt', {}, 'Beställning'), h('dd', {}, order.summary),
    h('dt', {}, 'Beställd av'), h('dd', {}, order.orderedBy, order.samePersonAsOrderer ? ' (du själv – det antecknas i attesten)' : ''),
    h('dt', {}, 'Beställd'), h('dd', {}, dateTime(order.placedAt)),
    h('dt', {}, 'Attestera senast'), h('dd', {}, dateTime(order.expiresAt)),
    h('dt', {}, 'Uppstartskostnad'), h('dd', {}, order.startupFee));
  const prices = h('table', { class: 'work-list' },
    h('caption', {}, 'Pris'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Rad'), h('th', { scope: 'col' }, 'Antal'), h('th', { scope: 'col' }, 'Summa'))),
    h('tbody', {}, (order.priceLines ?? []).map((line) => h('tr', {},
      h('td', {}, line.description), h('td', {}, String(line.quantity)), h('td', {}, kronor(line.totalOre))))));
  const units = (order.careUnits ?? []).length
    ? [h('h2', {}, 'Vårdenheter som ansluts'), h('ul', {}, order.careUnits.map((unit) => h('li', {}, unit)))]
    : [];
  const action = h('section', { 'aria-labelledby': 'attest-heading' });
  replaceChildren(main, h('h1', {}, 'Attestera beställningen'),
    h('p', {}, `Hej ${order.attestantName}! Läs igenom beställningen. Den gäller först när den är attesterad.`),
    summary, prices, ...units, action);
  if (order.notice) {
    action.append(messageBox('info', null, order.notice));
  } else if ((order.methods ?? []).includes('SMS_CODE')) {
    showSmsForm(main, action, base);
  } else {
    action.append(messageBox('warning', null, 'Du har inget mobilnummer registrerat. Be organisationens administratör lägga till det, så kan du attestera med engångskod via SMS.'));
  }
}

function showSmsForm(main, action, base) {
  const status = h('div', { 'aria-live': 'polite' });
  const send = h('button', { type: 'button', class: 'button' }, 'Skicka kod till min mobil');
  const code = h('input', { id: 'attest-code', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', pattern: '[0-9]{6}', required: true });
  const reason = h('textarea', { id: 'attest-reason', name: 'reason', rows: '3' });
  const approve = h('button', { type: 'submit', class: 'button' }, 'Attestera');
  const reject = h('button', { type: 'button', class: 'button secondary' }, 'Avslå beställningen');
  const form = h('form', { novalidate: true },
    h('p', {}, h('label', { for: 'attest-code' }, 'Kod från SMS (sex siffror)'), h('br'), code),
    h('p', {}, h('label', { for: 'attest-reason' }, 'Skäl om du avslår (beställaren får se det)'), h('br'), reason),
    h('p', {}, approve, ' ', reject));
  action.append(h('h2', { id: 'attest-heading' }, 'Attestera med engångskod'), h('p', {}, send), status, form);

  send.addEventListener('click', async () => {
    send.disabled = true;
    const answer = await callApi('POST', `${base}/sms-code`, { body: {} }).catch(() => null);
    send.disabled = false;
    status.replaceChildren(answer && answer.status === 200
      ? messageBox('success', null, answer.body.message ?? 'Koden har skickats.')
      : messageBox('error', null, answer ? messageOf(answer) : 'Kundportalen gick inte att nå.'));
    if (answer?.status === 200) focus(code);
  });
  const decide = async (approved) => {
    approve.disabled = true;
    reject.disabled = true;
    const body = { approve: approved, code: code.value.trim() };
    if (!approved) body.reason = reason.value;
    const answer = await callApi('POST', `${base}/decision`, { body }).catch(() => null);
    approve.disabled = false;
    reject.disabled = false;
    if (answer?.status === 200) {
      replaceChildren(main, h('h1', {}, approved ? 'Beställningen är attesterad' : 'Beställningen är avslagen'),
        messageBox('success', null, answer.body.message ?? 'Du kan nu stänga fönstret.'));
      focus(main.querySelector('h1'));
      return;
    }
    const fields = (answer?.body?.errors ?? []).map((error) => error.message);
    status.replaceChildren(messageBox('error', null, answer ? messageOf(answer) : 'Kundportalen gick inte att nå.', ...fields));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decide(true);
  });
  reject.addEventListener('click', () => decide(false));
}
