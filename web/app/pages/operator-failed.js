/**
 * "/inera/misslyckade": the onboardings that failed — the applications with status FAILED
 * (GET /operator/applications?status=FAILED, newest first, a page at a time) with the reason each failed, and a
 * link to the application. The organisation may apply again; customer service calls it with the reason in hand.
 */
import { h, messageBox } from '../dom.js';
import { messageOf } from '../api.js';
import { dateTime } from '../format.js';
import { plural, t } from '../i18n.js';
import { operatorCall, renderOperatorPage, showInView } from './operator.js';

const PAGE_SIZE = 25;

export function renderOperatorFailedOnboardings(main, { navigate }) {
  return renderOperatorPage(main, { title: t('failed.title'), navigate }, (view, context) => showList(view, context));
}

function showList(view, context) {
  const column = {
    organisation: t('customer.switcher.organisation'), organisationsnummer: t('details.organisationsnummer'),
    submitted: t('application.submitted'), reason: t('failed.reason'),
  };
  const rows = h('tbody', {});
  const more = h('div', { class: 'actions' });
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  showInView(view, h('h2', {}, t('failed.heading')), h('p', {}, t('failed.intro')), announcer,
    h('table', { class: 'work-list', id: 'failed-list' },
      h('caption', {}, t('failed.caption')),
      h('thead', {}, h('tr', {}, Object.values(column).map((label) => h('th', { scope: 'col' }, label)))),
      rows),
    more);

  const loadPage = async (cursor) => {
    const query = new URLSearchParams({ status: 'FAILED', limit: String(PAGE_SIZE) });
    if (cursor) query.set('cursor', cursor);
    more.replaceChildren(h('p', { class: 'working', role: 'status' }, t('form.loading')));
    const answer = await operatorCall(context, more, 'GET', `/operator/applications?${query}`);
    if (!answer) return;
    if (answer.status !== 200) {
      more.replaceChildren(messageBox('error', null, messageOf(answer)));
      return;
    }
    (answer.body.items ?? []).forEach((item) => rows.append(h('tr', {},
      h('td', { 'data-label': column.organisation },
        h('a', { href: `/inera/ansokningar/${encodeURIComponent(item.applicationId)}` }, item.organisationName ?? item.applicationId)),
      h('td', { 'data-label': column.organisationsnummer }, item.organisationsnummer ?? '–'),
      h('td', { 'data-label': column.submitted }, dateTime(item.submittedAt)),
      h('td', { 'data-label': column.reason, class: 'failure-reason' }, item.failureReason ?? '–'))));
    const shown = rows.querySelectorAll('a').length;
    if (!shown) rows.replaceChildren(h('tr', {}, h('td', { colspan: '4' }, t('failed.none'))));
    announcer.textContent = plural('failed.shown', shown);
    more.replaceChildren();
    if (answer.body.nextCursor) {
      more.append(h('button', { type: 'button', class: 'button', onclick: () => loadPage(answer.body.nextCursor) }, t('operator.list.more')));
    }
  };
  loadPage(null);
}
