/**
 * "/attestera/<linkId>": the attestant's page behind the e-mailed link. GET /attestation/{linkId} shows the order
 * read-only (opening the link changes nothing). The attestant asks for a one-time code by SMS
 * (POST …/sms-code), enters it and approves, or rejects with a reason (POST …/decision); the page then ends with
 * "Du kan nu stänga fönstret". With BankID instead, "Attestera med BankID" (or "Avslå med BankID") starts a signature
 * (POST …/bankid with the decision, and a rejection's reason, which BankID shows and the attestant signs) shown as the
 * signing page shows it (animated QR, "Öppna BankID på den här enheten"), and POST …/bankid/collect is polled every
 * two seconds until it completes, recording the signed decision. Attesting never rides on a portal session: a signed-in person is asked to log out
 * first and the page sends nothing until they have (the API refuses such a request anyway).
 */
import { h, focus, messageBox, replaceChildren } from '../dom.js';
import { callApi, messageOf, NetworkError } from '../api.js';
import { dateTime } from '../format.js';
import { currentSession } from '../session.js';
import { drawCode } from './sign.js';

const COLLECT_INTERVAL_MS = 2000;

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
  const methods = order.methods ?? [];
  if (order.notice) {
    action.append(messageBox('info', null, order.notice));
    return;
  }
  if (methods.includes('BANKID')) showBankId(main, action, base);
  if (methods.includes('SMS_CODE')) showSmsForm(main, action, base);
  if (!methods.length) {
    action.append(messageBox('warning', null, 'Du har varken mobilnummer eller personnummer registrerat. Be organisationens administratör lägga till något av dem, så kan du attestera.'));
  }
}

function showDecided(main, approved, message) {
  replaceChildren(main, h('h1', {}, approved ? 'Beställningen är attesterad' : 'Beställningen är avslagen'),
    messageBox('success', null, message ?? 'Du kan nu stänga fönstret.'));
  focus(main.querySelector('h1'));
}

/** "Attestera med BankID": the signature's QR and open-here link, then collect every two seconds. */
function showBankId(main, action, base) {
  const status = h('div', { 'aria-live': 'polite' });
  const reason = h('textarea', { id: 'bankid-reason', name: 'reason', rows: '3' });
  const approve = h('button', { type: 'button', class: 'button primary bankid' }, 'Attestera med BankID');
  const reject = h('button', { type: 'button', class: 'button secondary' }, 'Avslå med BankID');
  const area = h('div', {});
  action.append(h('h2', { id: 'attest-heading' }, 'Attestera med BankID'),
    h('p', {}, h('label', { for: 'bankid-reason' }, 'Skäl om du avslår (beställaren får se det)'), h('br'), reason),
    h('p', {}, approve, ' ', reject), status, area);
  const start = async (approved) => {
    approve.disabled = true;
    reject.disabled = true;
    // the decision is signed: it is sent (and checked) before BankID starts
    const decision = { approve: approved };
    if (!approved) decision.reason = reason.value;
    const started = await callApi('POST', `${base}/bankid`, { body: decision }).catch(() => null);
    approve.disabled = false;
    reject.disabled = false;
    if (started?.status !== 200) {
      const fields = (started?.body?.errors ?? []).map((error) => error.message);
      status.replaceChildren(messageBox('error', null, started ? messageOf(started) : 'Kundportalen gick inte att nå.',
        ...fields));
      return;
    }
    status.replaceChildren();
    const message = h('p', { class: 'bankid-message', role: 'status', 'aria-live': 'polite' }, 'Starta BankID-appen.');
    const canvas = h('canvas', { class: 'qr', role: 'img', 'aria-label': 'QR-kod att skanna med BankID-appen på en annan enhet', width: 300, height: 300 });
    const openHere = h('a', { class: 'button', href: `bankid:///?autostarttoken=${encodeURIComponent(started.body.autoStartToken)}&redirect=null` },
      'Öppna BankID på den här enheten');
    replaceChildren(area, message, h('div', { class: 'bankid-ways' },
      h('div', { class: 'bankid-way' }, h('h3', {}, 'BankID på en annan enhet'),
        h('p', {}, 'Öppna BankID-appen i mobilen, välj Skanna QR-kod och rikta kameran mot koden.'), canvas),
      h('div', { class: 'bankid-way' }, h('h3', {}, 'BankID på den här enheten'), openHere)));
    drawCode(canvas, started.body.qrData);
    const body = { orderRef: started.body.orderRef };
    const collect = async () => {
      const answer = await callApi('POST', `${base}/bankid/collect`, { body }).catch(() => null);
      if (answer?.status === 200 && answer.body.status === 'complete') {
        showDecided(main, approved, answer.body.decided?.message);
      } else if (answer?.status === 200 && answer.body.status === 'pending') {
        message.textContent = answer.body.message ?? message.textContent;
        drawCode(canvas, answer.body.qrData);
        setTimeout(collect, COLLECT_INTERVAL_MS);
      } else {
        const fields = (answer?.body?.errors ?? []).map((error) => error.message);
        replaceChildren(area);
        status.replaceChildren(messageBox('error', 'Attesten blev inte av',
          answer ? (answer.body?.message ?? messageOf(answer)) : 'Kundportalen gick inte att nå.', ...fields));
      }
    };
    setTimeout(collect, COLLECT_INTERVAL_MS);
  };
  approve.addEventListener('click', () => start(true));
  reject.addEventListener('click', () => start(false));
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
  action.append(h('h2', {}, 'Attestera med engångskod'), h('p', {}, send), status, form);

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
      showDecided(main, approved, answer.body.message);
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
