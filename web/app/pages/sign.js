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
import { drawQr, encodeQr } from '../qr.js';

/** BankID's rule: collect at most every two seconds. */
const COLLECT_INTERVAL_MS = 2000;
/** Collect calls that may fail in a row (network, 503) before the page stops and offers to start again. */
const TOLERATED_COLLECT_FAILURES = 5;
const LINK_ID = /^[A-Za-z0-9_-]{22,128}$/;

export function renderSigning(main, { parameters: [linkId] }) {
  document.title = 'Signera kundavtalet – Kundportal';
  const polling = { stopped: false, timer: null };
  const stop = () => {
    polling.stopped = true;
    clearTimeout(polling.timer);
  };

  if (!LINK_ID.test(linkId)) {
    showProblem(main, 'Länken är ofullständig', 'Adressen ser inte ut som länken i e-postmeddelandet. Kopiera hela länken eller klicka på den direkt i meddelandet.');
    return stop;
  }
  const base = `/signing/${encodeURIComponent(linkId)}`;
  replaceChildren(main, h('h1', {}, 'Signera kundavtalet'), h('p', { class: 'working', role: 'status' }, 'Hämtar avtalet …'));

  callApi('GET', base).then((answer) => {
    if (polling.stopped) return;
    if (answer.status === 200) {
      showAgreement(main, answer.body, base, polling);
    } else if (answer.status === 404) {
      showProblem(main, 'Vi hittar inte länken', messageOf(answer, 'Länken finns inte.'),
        'Kontrollera att du har använt hela länken i e-postmeddelandet från Inera. Hjälper inte det: kontakta Ineras kundservice.');
    } else if (answer.status === 410) {
      showProblem(main, 'Länken fungerar inte längre', messageOf(answer, 'Länken har gått ut eller har redan använts.'));
    } else {
      showProblem(main, 'Avtalet kunde inte visas', messageOf(answer), 'Försök igen om en stund.');
    }
  }, (failure) => {
    if (!polling.stopped) showProblem(main, 'Avtalet kunde inte visas', failure instanceof NetworkError ? failure.message : 'Ett oväntat fel inträffade.');
  });
  return stop;
}

function showProblem(main, title, ...texts) {
  document.title = `${title} – Kundportal`;
  replaceChildren(main, h('h1', {}, title), messageBox('warning', null, ...texts),
    h('p', {}, h('a', { href: '/' }, 'Till Kundportalens startsida')));
}

function showAgreement(main, page, base, polling) {
  const agreement = page.agreement ?? {};
  const organisation = page.organisation ?? {};
  const application = page.application ?? {};
  const signingArea = h('section', { class: 'signing-area', 'aria-labelledby': 'signing-heading' });
  const textId = 'agreement-text';
  replaceChildren(main,
    h('h1', {}, 'Signera kundavtalet'),
    h('p', { class: 'lead' }, `Du är angiven som firmatecknare för ${organisation.name ?? 'organisationen'}. Läs avtalet och skriv under med BankID.`),
    h('dl', { class: 'summary' },
      term('Avtal', `${agreement.title ?? '–'}, version ${agreement.version ?? '–'}`),
      term('Organisation', `${organisation.name ?? '–'} (${organisation.organisationsnummer ?? '–'})`),
      term('Firmatecknare', `${page.signatory?.name ?? '–'}, ${page.signatory?.personnummer ?? ''}`),
      term('Länken gäller till', dateTime(page.expiresAt))),
    h('details', { class: 'application-summary' },
      h('summary', {}, 'Uppgifter från ansökan'),
      h('dl', { class: 'summary' },
        term('Ansökans id', application.applicationId ?? '–'),
        term('Inskickad', dateTime(application.submittedAt)),
        term('Administratör', person(application.administrator)),
        term('Kontaktperson för avtalet', person(application.agreementContact)),
        term('Fakturareferens', application.invoiceReference ?? '–'))),
    h('h2', { id: 'agreement-heading' }, agreement.title ?? 'Avtalet'),
    h('div', { class: 'agreement-text', id: textId, tabindex: '0', role: 'region', 'aria-labelledby': 'agreement-heading' }, agreement.text ?? ''),
    agreement.sha256 ? h('p', { class: 'hint' }, 'Avtalstextens kontrollsumma (SHA-256), som binds till din underskrift: ', h('code', { class: 'identifier' }, agreement.sha256)) : null,
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
  const button = h('button', { type: 'button', class: 'button primary bankid' }, 'Signera med BankID');
  const status = h('div', { class: 'form-status' });
  replaceChildren(area,
    h('h2', { id: 'signing-heading' }, 'Skriv under'),
    notice ?? null,
    h('p', {}, 'När du skriver under med BankID godkänner du avtalet för organisationens räkning.'),
    status,
    h('div', { class: 'actions' }, button));
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.replaceChildren(h('p', { class: 'working', role: 'status' }, 'Startar BankID …'));
    let answer;
    try {
      answer = await callApi('POST', `${base}/bankid`);
    } catch (failure) {
      button.disabled = false;
      showError(status, failure instanceof NetworkError ? failure.message : 'BankID kunde inte startas.');
      return;
    }
    if (polling.stopped) return;
    if (answer.status === 200) {
      showOrder(area, base, polling, answer.body);
    } else {
      button.disabled = false;
      showError(status, messageOf(answer, 'BankID kunde inte startas. Försök igen om en stund.'));
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
  const message = h('p', { class: 'bankid-message', role: 'status', 'aria-live': 'polite' }, 'Starta BankID-appen.');
  const canvas = h('canvas', { class: 'qr', role: 'img', 'aria-label': 'QR-kod att skanna med BankID-appen på en annan enhet', width: 300, height: 300 });
  const openHere = h('a', { class: 'button', href: `bankid:///?autostarttoken=${encodeURIComponent(started.autoStartToken)}&redirect=null` },
    'Öppna BankID på den här enheten');
  const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Avbryt');
  const simulator = h('p', { class: 'local-only' });
  const heading = h('h2', { id: 'signing-heading' }, 'Skriv under med BankID');
  replaceChildren(area,
    heading,
    message,
    h('div', { class: 'bankid-ways' },
      h('div', { class: 'bankid-way' },
        h('h3', {}, 'BankID på en annan enhet'),
        h('p', {}, 'Öppna BankID-appen i mobilen, välj Skanna QR-kod och rikta kameran mot koden.'),
        canvas),
      h('div', { class: 'bankid-way' },
        h('h3', {}, 'BankID på den här enheten'),
        h('p', {}, 'Har du BankID i den här datorn eller mobilen?'),
        openHere)),
    simulator,
    h('div', { class: 'actions' }, cancel));
  focus(heading);
  drawCode(canvas, started.qrData);

  loadConfig().then((config) => {
    if (config?.bankIdSimulatorUrl) {
      simulator.replaceChildren('Lokalt: ', h('a', { href: config.bankIdSimulatorUrl, target: '_blank', rel: 'noopener noreferrer' }, 'öppna BankID-simulatorn'),
        ' (i en ny flik) och skanna eller klistra in QR-koden där.');
    }
  });

  const order = { active: true };
  cancel.addEventListener('click', () => {
    order.active = false;
    clearTimeout(polling.timer);
    showStart(area, base, polling, messageBox('info', null, 'Underskriften avbröts. Du kan börja om när du vill.'));
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
        showStart(area, base, polling, messageBox('error', 'Underskriften blev inte av', result.message ?? 'Försök igen.'));
        return;
      }
      if (result.message && result.message !== lastMessage) {
        message.textContent = result.message; // announced once per change, not every two seconds
        lastMessage = result.message;
      }
      drawCode(canvas, result.qrData);
    } else if (answer && answer.status !== 503 && answer.status < 500) {
      showStart(area, base, polling, messageBox('error', 'Underskriften blev inte av', messageOf(answer)));
      return;
    } else if (++failuresInARow >= TOLERATED_COLLECT_FAILURES) {
      showStart(area, base, polling, messageBox('error', 'Kontakten med BankID bröts',
        answer ? messageOf(answer) : 'Kundportalen gick inte att nå.', 'Försök igen om en stund.'));
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
  document.title = 'Avtalet är signerat – Kundportal';
  const heading = h('h2', { id: 'signing-heading' }, 'Avtalet är signerat');
  replaceChildren(area,
    heading,
    messageBox('success', null,
      `Tack! Kundavtalet är underskrivet${result.signedAt ? ` ${dateTime(result.signedAt)}` : ''}.`,
      'Organisationens administratör kan nu lägga upp användare i Kundportalen. Du behöver inte göra något mer och kan stänga fönstret.'));
  focus(heading);
}
