/**
 * "/inera/utskick": mails that may not have arrived (GET /operator/mails/uncertain): a send SES did not
 * answer, or one that was interrupted. "Skicka igen" resends the kept copy once (POST
 * /operator/mails/{subjectId}/{mailKey}/resend); the button is disabled while it runs, and a second resend
 * anyway gets the API's 409 or 404, shown as it is.
 */
import { h, messageBox } from '../dom.js';
import { messageOf } from '../api.js';
import { dateTime } from '../format.js';
import { sentence, t } from '../i18n.js';
import { textOf } from '../messages.js';
import { fetchItems, operatorCall, renderOperatorPage, showInView } from './operator.js';

export function renderOperatorMails(main, { navigate }) {
  return renderOperatorPage(main, { title: t('mails.title'), navigate }, (view, context) => showList(view, context));
}

async function showList(view, context) {
  const items = await fetchItems(context, view, '/operator/mails/uncertain', t('mails.loading'));
  if (!items) return;
  const status = h('div', { 'aria-live': 'polite' });
  const intro = h('p', {}, t('mails.intro'));
  if (!items.length) {
    showInView(view, h('h2', {}, t('mails.heading')), intro, h('p', {}, t('mails.none')));
    return;
  }
  const rows = h('tbody', {}, items.map((item) => row(item, context, view, status)));
  showInView(view, h('h2', {}, t('mails.heading')), intro, status,
    h('table', { class: 'work-list' },
      h('caption', {}, t('mails.caption')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('mails.since')),
        h('th', { scope: 'col' }, t('mails.to')),
        h('th', { scope: 'col' }, t('mails.subject')),
        h('th', { scope: 'col' }, t('mails.state')),
        h('th', { scope: 'col' }, t('users.column.action')))),
      rows));
}

function row(item, context, view, status) {
  const action = h('td', { 'data-label': t('users.column.action') });
  if (item.resendable) {
    const button = h('button', { type: 'button', class: 'button small' }, t('mails.resend'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const answer = await operatorCall(context, view, 'POST',
        `/operator/mails/${encodeURIComponent(item.subjectId)}/${encodeURIComponent(item.mailKey)}/resend`);
      if (!answer) return;
      if (answer.status === 200 && answer.body.outcome === 'SENT') {
        action.replaceChildren(t('mails.resent'));
        status.replaceChildren(messageBox('success', null, t('mails.resent.text', { to: item.to })));
      } else if (answer.status === 200) {
        action.replaceChildren(t('mails.stillUncertain'));
        status.replaceChildren(messageBox('warning', null, t('mails.stillUncertain.text')));
      } else {
        button.disabled = answer.status !== 503;
        status.replaceChildren(messageBox('error', null, messageOf(answer)));
      }
    });
    action.append(button);
  } else {
    action.append(...sentence('mails.notResendable', { link: h('a', { href: '/inera/administratorer' }, t('mails.notResendable.link')) }));
  }
  return h('tr', {},
    h('td', { 'data-label': t('mails.since') }, dateTime(item.since)),
    h('td', { 'data-label': t('mails.to') }, item.to ?? '–'),
    h('td', { 'data-label': t('mails.subject') }, item.subject ?? item.mailKey),
    h('td', { 'data-label': t('mails.state') }, textOf('mailState', item.state), item.reason ? h('br') : null,
      item.reason ? h('small', {}, item.reason) : null),
    action);
}
