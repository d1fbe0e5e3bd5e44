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
import { callApi, messageOf, NetworkError, serverText } from '../api.js';
import { dateTime } from '../format.js';
import { clearFieldErrors, showRefusal } from '../form-fields.js';
import { formatNumber, formatOre, t } from '../i18n.js';
import { currentSession } from '../session.js';
import { drawCode } from './sign.js';

const COLLECT_INTERVAL_MS = 2000;

const LINK_ID = /^[A-Za-z0-9_-]{22,128}$/;

export function renderAttestation(main, { parameters: [linkId] }) {
  document.title = t('site.titleOf', { page: t('attest.title') });
  if (!LINK_ID.test(linkId)) {
    showProblem(main, t('link.incomplete.title'), t('link.incomplete.text'));
    return undefined;
  }
  if (currentSession()) {
    showProblem(main, t('attest.signOutFirst.title'), t('attest.signOutFirst.text'));
    return undefined;
  }
  const base = `/attestation/${encodeURIComponent(linkId)}`;
  replaceChildren(main, h('h1', {}, t('attest.title')), h('p', { class: 'working', role: 'status' }, t('attest.loading')));
  callApi('GET', base).then((answer) => {
    if (answer.status === 200) showOrder(main, answer.body, base);
    else if (answer.status === 404) showProblem(main, t('link.notFound.title'), messageOf(answer, t('link.notFound.text')));
    else if (answer.status === 410) showProblem(main, t('link.gone.title'), messageOf(answer, t('link.gone.text')));
    else showProblem(main, t('attest.failed'), messageOf(answer), t('common.retryLater'));
  }, (failure) => showProblem(main, t('attest.failed'),
    failure instanceof NetworkError ? failure.message : t('call.unexpected')));
  return undefined;
}

function showProblem(main, title, ...texts) {
  document.title = t('site.titleOf', { page: title });
  replaceChildren(main, h('h1', {}, title), messageBox('warning', null, ...texts));
  focus(main.querySelector('h1'));
}

function showOrder(main, order, base) {
  const summary = h('dl', { class: 'summary' },
    h('dt', {}, t('customer.switcher.organisation')), h('dd', {}, order.organisationName),
    h('dt', {}, t('attest.order')), h('dd', {}, order.summary),
    h('dt', {}, t('attest.orderedBy')), h('dd', {}, order.orderedBy, order.samePersonAsOrderer ? ` ${t('attest.yourself')}` : ''),
    h('dt', {}, t('orders.placed')), h('dd', {}, dateTime(order.placedAt)),
    h('dt', {}, t('attest.deadline')), h('dd', {}, dateTime(order.expiresAt)),
    h('dt', {}, t('attest.startupFee')), h('dd', {}, order.startupFee));
  const column = { line: t('attest.price.line'), quantity: t('attest.price.quantity'), total: t('attest.price.total') };
  const prices = h('table', { class: 'work-list' },
    h('caption', {}, t('order.price')),
    h('thead', {}, h('tr', {}, Object.values(column).map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, (order.priceLines ?? []).map((line) => h('tr', {},
      h('td', { 'data-label': column.line }, line.description), h('td', { 'data-label': column.quantity }, formatNumber(line.quantity)),
      h('td', { 'data-label': column.total }, formatOre(line.totalOre))))));
  const units = (order.careUnits ?? []).length
    ? [h('h2', {}, t('attest.units')), h('ul', {}, order.careUnits.map((unit) => h('li', {}, unit)))]
    : [];
  const action = h('section', { 'aria-labelledby': 'attest-heading' }, h('h2', { id: 'attest-heading' }, t('attest.decide')));
  replaceChildren(main, h('h1', {}, t('attest.title')),
    h('p', {}, t('attest.greeting', { name: order.attestantName })),
    summary, prices, ...units, action);
  const methods = order.methods ?? [];
  if (order.notice) {
    action.append(messageBox('info', null, order.notice));
    return;
  }
  if (methods.includes('BANKID')) showBankId(main, action, base);
  if (methods.includes('SMS_CODE')) showSmsForm(main, action, base);
  if (!methods.length) {
    action.append(messageBox('warning', null, t('attest.noMethod')));
  }
}

function showDecided(main, approved, message) {
  document.title = t('site.titleOf', { page: approved ? t('attest.approved') : t('attest.rejected') });
  replaceChildren(main, h('h1', {}, approved ? t('attest.approved') : t('attest.rejected')),
    messageBox('success', null, message ? serverText(message) : t('attest.closeWindow')));
  focus(main.querySelector('h1'));
}

/** "Attestera med BankID": the signature's QR and open-here link, then collect every two seconds. */
function showBankId(main, action, base) {
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const reason = reasonField('bankid-reason');
  const approve = h('button', { type: 'button', class: 'button primary bankid', id: 'attest-bankid-approve' }, t('attest.bankid.approve'));
  const reject = h('button', { type: 'button', class: 'button secondary', id: 'attest-bankid-reject' }, t('attest.bankid.reject'));
  const area = h('div', {});
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'attest-bankid-heading' },
    status, reason.wrapper, h('div', { class: 'actions' }, approve, reject));
  form.addEventListener('submit', (event) => event.preventDefault());
  action.append(h('h3', { id: 'attest-bankid-heading' }, t('attest.bankid.title')), form, area);
  const start = async (approved) => {
    approve.disabled = true;
    reject.disabled = true;
    // the decision is signed: it is sent (and checked) before BankID starts
    const decision = { approve: approved };
    if (!approved) decision.reason = reason.input.value;
    const started = await callApi('POST', `${base}/bankid`, { body: decision }).catch(() => null);
    approve.disabled = false;
    reject.disabled = false;
    if (started?.status !== 200) {
      showRefusal(form, status, started ?? { status: 0, body: { message: t('api.network') } }, t('attest.notDone'));
      return;
    }
    clearFieldErrors(form);
    status.replaceChildren();
    const message = h('p', { class: 'bankid-message', role: 'status', 'aria-live': 'polite' }, t('bankid.startApp'));
    const canvas = h('canvas', { class: 'qr', role: 'img', 'aria-label': t('bankid.qr.label'), width: 300, height: 300 });
    const openHere = h('a', { class: 'button', id: 'bankid-open-here', href: `bankid:///?autostarttoken=${encodeURIComponent(started.body.autoStartToken)}&redirect=null` },
      t('bankid.openHere'));
    replaceChildren(area, message, h('div', { class: 'bankid-ways' },
      h('div', { class: 'bankid-way' }, h('h4', {}, t('bankid.otherDevice')),
        h('p', {}, t('bankid.otherDevice.text')), canvas),
      h('div', { class: 'bankid-way' }, h('h4', {}, t('bankid.thisDevice')), openHere)));
    drawCode(canvas, started.body.qrData);
    const body = { orderRef: started.body.orderRef };
    const collect = async () => {
      const answer = await callApi('POST', `${base}/bankid/collect`, { body }).catch(() => null);
      if (answer?.status === 200 && answer.body.status === 'complete') {
        showDecided(main, approved, answer.body.decided?.message);
      } else if (answer?.status === 200 && answer.body.status === 'pending') {
        if (answer.body.message) message.replaceChildren(serverText(answer.body.message));
        drawCode(canvas, answer.body.qrData);
        setTimeout(collect, COLLECT_INTERVAL_MS);
      } else {
        replaceChildren(area);
        showRefusal(form, status, answer ?? { status: 0, body: { message: t('api.network') } }, t('attest.notDone'));
      }
    };
    setTimeout(collect, COLLECT_INTERVAL_MS);
  };
  approve.addEventListener('click', () => start(true));
  reject.addEventListener('click', () => start(false));
}

function showSmsForm(main, action, base) {
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const send = h('button', { type: 'button', class: 'button', id: 'attest-send-code' }, t('attest.sms.send'));
  const code = h('input', { id: 'attest-code', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', pattern: '[0-9]{6}',
    required: true, 'aria-required': 'true', 'aria-describedby': 'attest-code-error' });
  const reason = reasonField('attest-reason');
  const approve = h('button', { type: 'submit', class: 'button primary', id: 'attest-approve' }, t('attest.sms.approve'));
  const reject = h('button', { type: 'button', class: 'button secondary', id: 'attest-reject' }, t('attest.sms.reject'));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'attest-sms-heading' },
    status,
    h('div', { class: 'field', dataset: { field: 'code' } },
      h('label', { for: 'attest-code' }, t('attest.sms.code')),
      h('p', { class: 'field-error', id: 'attest-code-error', hidden: true }),
      code),
    reason.wrapper,
    h('div', { class: 'actions' }, approve, reject));
  action.append(h('h3', { id: 'attest-sms-heading' }, t('attest.sms.title')), h('p', {}, send), form);

  send.addEventListener('click', async () => {
    send.disabled = true;
    const answer = await callApi('POST', `${base}/sms-code`, { body: {} }).catch(() => null);
    send.disabled = false;
    if (answer?.status === 200) {
      status.replaceChildren(messageBox('success', null, answer.body.message ? serverText(answer.body.message) : t('attest.sms.sent')));
      focus(code);
    } else {
      showRefusal(form, status, answer ?? { status: 0, body: { message: t('api.network') } }, t('attest.sms.notSent'));
    }
  });
  const decide = async (approved) => {
    approve.disabled = true;
    reject.disabled = true;
    const body = { approve: approved, code: code.value.trim() };
    if (!approved) body.reason = reason.input.value;
    const answer = await callApi('POST', `${base}/decision`, { body }).catch(() => null);
    approve.disabled = false;
    reject.disabled = false;
    if (answer?.status === 200) {
      showDecided(main, approved, answer.body.message);
      return;
    }
    // Each error beside its input (code, reason), the summary at the top, focus on the first; what was typed stays.
    showRefusal(form, status, answer ?? { status: 0, body: { message: t('api.network') } }, t('attest.notDone'));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decide(true);
  });
  reject.addEventListener('click', () => decide(false));
}

/** The reason input (required when rejecting), with room for its error. */
function reasonField(id) {
  const input = h('textarea', { id, name: 'reason', rows: '3', 'aria-describedby': `${id}-hint ${id}-error` });
  const wrapper = h('div', { class: 'field', dataset: { field: 'reason' } },
    h('label', { for: id }, t('attest.reason')),
    h('p', { class: 'hint', id: `${id}-hint` }, t('attest.reason.hint')),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    input);
  return { input, wrapper };
}
