/**
 * "/signera/<linkId>": the signatory's page behind the e-mailed link. GET /signing/{linkId} shows what is
 * signed (opening the link changes nothing); "Signera med BankID" starts the order (POST …/bankid) and then
 * POST …/bankid/collect is polled, never more often than every two seconds, until the order is complete or
 * failed. While pending the page shows BankID's Swedish message and the animated QR code from the latest
 * response, and offers to open BankID on this device with the autostart token.
 */
import { h, focus, messageBox, replaceChildren } from '../dom.js';
import { callApi, messageOf, NetworkError } from '../api.js';
import { loadConfig } from '../config.js';
import { dateTime } from '../format.js';
import { sentence, t } from '../i18n.js';
import { drawQr, encodeQr } from '../qr.js';

/** BankID's rule: collect at most every two seconds. */
const COLLECT_INTERVAL_MS = 2000;
/** Collect calls that may fail in a row (network, 503) before the page stops and offers to start again. */
const TOLERATED_COLLECT_FAILURES = 5;
const LINK_ID = /^[A-Za-z0-9_-]{22,128}$/;
/** The language of the agreement's title and text (the API serves the Swedish original). */
const AGREEMENT_LANGUAGE = 'sv';

export function renderSigning(main, { parameters: [linkId] }) {
  document.title = t('site.titleOf', { page: t('sign.title') });
  const polling = { stopped: false, timer: null };
  const stop = () => {
    polling.stopped = true;
    clearTimeout(polling.timer);
  };

  if (!LINK_ID.test(linkId)) {
    showProblem(main, t('link.incomplete.title'), t('link.incomplete.text'));
    return stop;
  }
  const base = `/signing/${encodeURIComponent(linkId)}`;
  replaceChildren(main, h('h1', {}, t('sign.title')), h('p', { class: 'working', role: 'status' }, t('sign.loading')));

  callApi('GET', base).then((answer) => {
    if (polling.stopped) return;
    if (answer.status === 200) {
      showAgreement(main, answer.body, base, polling);
    } else if (answer.status === 404) {
      showProblem(main, t('link.notFound.title'), messageOf(answer, t('link.notFound.text')), t('sign.notFound.help'));
    } else if (answer.status === 410) {
      showProblem(main, t('link.gone.title'), messageOf(answer, t('link.gone.text')));
    } else {
      showProblem(main, t('sign.failed'), messageOf(answer), t('common.retryLater'));
    }
  }, (failure) => {
    if (!polling.stopped) showProblem(main, t('sign.failed'), failure instanceof NetworkError ? failure.message : t('call.unexpected'));
  });
  return stop;
}

function showProblem(main, title, ...texts) {
  document.title = t('site.titleOf', { page: title });
  replaceChildren(main, h('h1', {}, title), messageBox('warning', null, ...texts),
    h('p', {}, h('a', { href: '/' }, t('common.toPortalStart'))));
}

function showAgreement(main, page, base, polling) {
  const agreement = page.agreement ?? {};
  const organisation = page.organisation ?? {};
  const application = page.application ?? {};
  const signingArea = h('section', { class: 'signing-area', 'aria-labelledby': 'signing-heading' });
  const textId = 'agreement-text';
  replaceChildren(main,
    h('h1', {}, t('sign.title')),
    h('p', { class: 'lead' }, t('sign.lead', { organisation: organisation.name ?? t('sign.theOrganisation') })),
    h('dl', { class: 'summary' },
      term(t('sign.agreement'), t('sign.agreement.version', { title: agreement.title ?? '–', version: agreement.version ?? '–' })),
      term(t('customer.switcher.organisation'), `${organisation.name ?? '–'} (${organisation.organisationsnummer ?? '–'})`),
      term(t('apply.signatory'), `${page.signatory?.name ?? '–'}, ${page.signatory?.personnummer ?? ''}`),
      term(t('sign.validUntil'), dateTime(page.expiresAt))),
    h('details', { class: 'application-summary' },
      h('summary', {}, t('sign.fromApplication')),
      h('dl', { class: 'summary' },
        term(t('application.id'), application.applicationId ?? '–'),
        term(t('application.submitted'), dateTime(application.submittedAt)),
        term(t('role.ADMINISTRATOR'), person(application.administrator)),
        term(t('role.AGREEMENT_CONTACT'), person(application.agreementContact)),
        term(t('details.invoicing.reference'), application.invoiceReference ?? '–'))),
    // The agreement is Swedish whatever the page's language: marked so (WCAG 3.1.2), a screen reader reads it as Swedish.
    h('h2', { id: 'agreement-heading', lang: agreement.title ? AGREEMENT_LANGUAGE : null }, agreement.title ?? t('sign.agreement.fallback')),
    h('div', { class: 'agreement-text', id: textId, tabindex: '0', role: 'region', 'aria-labelledby': 'agreement-heading', lang: AGREEMENT_LANGUAGE },
      agreement.text ?? ''),
    agreement.sha256 ? h('p', { class: 'hint' }, t('sign.checksum'), ' ', h('code', { class: 'identifier' }, agreement.sha256)) : null,
    signingArea);
  showStart(signingArea, base, polling);
}

function term(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function person(contact) {
  if (!contact) return '–';
  return contact.email ? `${contact.name}, ${contact.email}` : contact.name;
}

function showStart(area, base, polling, notice) {
  const button = h('button', { type: 'button', class: 'button primary bankid', id: 'sign-with-bankid' }, t('sign.start'));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  replaceChildren(area,
    h('h2', { id: 'signing-heading' }, t('sign.start.title')),
    notice ?? null,
    h('p', {}, t('sign.start.text')),
    status,
    h('div', { class: 'actions' }, button));
  // After a cancelled or failed order the control that had focus is gone: focus goes to the news, then the button.
  if (notice) focus(notice);
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.replaceChildren(h('p', { class: 'working' }, t('bankid.starting')));
    let answer;
    try {
      answer = await callApi('POST', `${base}/bankid`);
    } catch (failure) {
      button.disabled = false;
      showError(status, failure instanceof NetworkError ? failure.message : t('bankid.startFailed'));
      return;
    }
    if (polling.stopped) return;
    if (answer.status === 200) {
      showOrder(area, base, polling, answer.body);
    } else {
      button.disabled = false;
      showError(status, messageOf(answer, t('bankid.startFailed.retry')));
    }
  });
}

function showError(status, message) {
  const box = messageBox('error', null, message);
  status.replaceChildren(box);
  focus(box);
}

/** The running order: message, QR code, open-on-this-device link; polls collect until it ends. */
async function showOrder(area, base, polling, started) {
  const message = h('p', { class: 'bankid-message', role: 'status', 'aria-live': 'polite' }, t('bankid.startApp'));
  const canvas = h('canvas', { class: 'qr', role: 'img', 'aria-label': t('bankid.qr.label'), width: 300, height: 300 });
  const openHere = h('a', { class: 'button', id: 'bankid-open-here', href: `bankid:///?autostarttoken=${encodeURIComponent(started.autoStartToken)}&redirect=null` },
    t('bankid.openHere'));
  const cancel = h('button', { type: 'button', class: 'button secondary', id: 'bankid-cancel' }, t('common.cancel'));
  const simulator = h('p', { class: 'local-only' });
  const heading = h('h2', { id: 'signing-heading' }, t('sign.bankid.title'));
  replaceChildren(area,
    heading,
    message,
    h('div', { class: 'bankid-ways' },
      h('div', { class: 'bankid-way' },
        h('h3', {}, t('bankid.otherDevice')),
        h('p', {}, t('bankid.otherDevice.text')),
        canvas),
      h('div', { class: 'bankid-way' },
        h('h3', {}, t('bankid.thisDevice')),
        h('p', {}, t('bankid.thisDevice.text')),
        openHere)),
    simulator,
    h('div', { class: 'actions' }, cancel));
  focus(heading);
  drawCode(canvas, started.qrData);

  loadConfig().then((config) => {
    if (config?.bankIdSimulatorUrl) {
      simulator.replaceChildren(...sentence('bankid.simulator', {
        link: h('a', { href: config.bankIdSimulatorUrl, target: '_blank', rel: 'noopener noreferrer' }, t('bankid.simulator.link')),
      }));
    }
  });

  const order = { active: true };
  cancel.addEventListener('click', () => {
    order.active = false;
    clearTimeout(polling.timer);
    showStart(area, base, polling, messageBox('info', null, t('sign.cancelled')));
  });

  let lastMessage = message.textContent;
  let failuresInARow = 0;
  const collect = async () => {
    if (polling.stopped || !order.active) return;
    const startedAt = performance.now();
    let answer = null;
    try {
      answer = await callApi('POST', `${base}/bankid/collect`);
    } catch {
      answer = null;
    }
    if (polling.stopped || !order.active) return;
    if (answer?.status === 200) {
      failuresInARow = 0;
      const result = answer.body;
      if (result.status === 'complete') {
        showSigned(area, result);
        return;
      }
      if (result.status === 'failed') {
        showStart(area, base, polling, messageBox('error', t('sign.notSigned'), result.message ?? t('common.tryAgain')));
        return;
      }
      if (result.message && result.message !== lastMessage) {
        message.textContent = result.message; // announced once per change, not every two seconds
        lastMessage = result.message;
      }
      drawCode(canvas, result.qrData);
    } else if (answer && answer.status !== 503 && answer.status < 500) {
      showStart(area, base, polling, messageBox('error', t('sign.notSigned'), messageOf(answer)));
      return;
    } else if (++failuresInARow >= TOLERATED_COLLECT_FAILURES) {
      showStart(area, base, polling, messageBox('error', t('bankid.lost'),
        answer ? messageOf(answer) : t('api.network'), t('common.retryLater')));
      return;
    }
    // The next call starts two seconds after this one started, never earlier.
    const elapsed = performance.now() - startedAt;
    polling.timer = setTimeout(collect, Math.max(0, COLLECT_INTERVAL_MS - elapsed));
  };
  polling.timer = setTimeout(collect, COLLECT_INTERVAL_MS);
}

export function drawCode(canvas, qrData) {
  if (!qrData) return;
  const qr = encodeQr(qrData, { errorCorrection: 'L' });
  drawQr(canvas, qr, { scale: Math.max(2, Math.floor(300 / (qr.size + 8))) });
}

function showSigned(area, result) {
  document.title = t('site.titleOf', { page: t('sign.signed') });
  const heading = h('h2', { id: 'signing-heading' }, t('sign.signed'));
  replaceChildren(area,
    heading,
    messageBox('success', null,
      result.signedAt ? t('sign.signed.at', { time: dateTime(result.signedAt) }) : t('sign.signed.thanks'),
      t('sign.signed.next')));
  focus(heading);
}
