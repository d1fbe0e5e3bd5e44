/**
 * "/inera/utskick": mails that may not have arrived (GET /operator/mails/uncertain): a send SES did not
 * answer, or one that was interrupted. "Skicka igen" resends the kept copy once (POST
 * /operator/mails/{subjectId}/{mailKey}/resend); the button is disabled while it runs, and a second resend
 * anyway gets the API's 409 or 404, shown as it is.
 */
import { h, messageBox } from '../dom.js';
import { messageOf } from '../api.js';
import { dateTime } from '../format.js';
import { fetchItems, operatorCall, renderOperatorPage, showInView } from './operator.js';

const STATES = { UNCERTAIN: 'Osäkert – SES svarade inte', INTERRUPTED: 'Avbrutet innan det bekräftades' };

export function renderOperatorMails(main, { navigate }) {
  return renderOperatorPage(main, { title: 'Osäkra utskick', navigate }, (view, context) => showList(view, context));
}

async function showList(view, context) {
  const items = await fetchItems(context, view, '/operator/mails/uncertain', 'Hämtar utskick …');
  if (!items) return;
  const status = h('div', { 'aria-live': 'polite' });
  const intro = h('p', {}, 'E-post som kanske inte kom fram. Kontrollera gärna med mottagaren innan du skickar igen: ',
    'brevet kan ha kommit fram fast e-posttjänsten inte bekräftade det.');
  if (!items.length) {
    showInView(view, h('h2', {}, 'Utskick att kontrollera'), intro, h('p', {}, 'Inga osäkra utskick just nu.'));
    return;
  }
  const rows = h('tbody', {}, items.map((item) => row(item, context, view, status)));
  showInView(view, h('h2', {}, 'Utskick att kontrollera'), intro, status,
    h('table', { class: 'work-list' },
      h('caption', {}, 'Osäkra utskick, äldst först'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Sedan'),
        h('th', { scope: 'col' }, 'Mottagare'),
        h('th', { scope: 'col' }, 'Ämne'),
        h('th', { scope: 'col' }, 'Läge'),
        h('th', { scope: 'col' }, 'Åtgärd'))),
      rows));
}

function row(item, context, view, status) {
  const action = h('td', {});
  if (item.resendable) {
    const button = h('button', { type: 'button', class: 'button small' }, 'Skicka igen');
    button.addEventListener('click', async () => {
      button.disabled = true;
      const answer = await operatorCall(context, view, 'POST',
        `/operator/mails/${encodeURIComponent(item.subjectId)}/${encodeURIComponent(item.mailKey)}/resend`);
      if (!answer) return;
      if (answer.status === 200 && answer.body.outcome === 'SENT') {
        action.replaceChildren('Skickat igen');
        status.replaceChildren(messageBox('success', null, `Brevet till ${item.to} skickades igen.`));
      } else if (answer.status === 200) {
        action.replaceChildren('Fortfarande osäkert');
        status.replaceChildren(messageBox('warning', null, 'E-posttjänsten svarade inte den här gången heller.'));
      } else {
        button.disabled = answer.status !== 503;
        status.replaceChildren(messageBox('error', null, messageOf(answer)));
      }
    });
    action.append(button);
  } else {
    action.append('Kan inte skickas igen (brevet skapades aldrig). Gäller det ett tillfälligt lösenord: ',
      h('a', { href: '/inera/administratorer' }, 'skicka ett nytt'), '.');
  }
  return h('tr', {},
    h('td', {}, dateTime(item.since)),
    h('td', {}, item.to ?? '–'),
    h('td', {}, item.subject ?? item.mailKey),
    h('td', {}, STATES[item.state] ?? item.state, item.reason ? h('br') : null,
      item.reason ? h('small', {}, item.reason) : null),
    action);
}
