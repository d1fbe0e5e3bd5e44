/**
 * "/inera" and "/inera/ansokningar/<id>": Inera customer service. Sign in with Cognito, then the work list
 * (GET /operator/applications?status=…, newest first, a page at a time with nextCursor), one application
 * (GET /operator/applications/{id}) and the decision (POST /operator/applications/{id}/decision): approve, or
 * reject with a reason that the applicant is told. A second decision is the API's 409, shown as it is. A
 * failed onboarding (status FAILED) shows the reason it failed, in the list and on the application.
 */
import { h, focus, messageBox, replaceChildren, term } from '../dom.js';
import { messageOf } from '../api.js';
import { APPLICATION_STATUSES, address, applicationStatus, dateTime } from '../format.js';
import { clearFieldErrors, field, showRefusal } from '../form-fields.js';
import { plural, sentence, t } from '../i18n.js';
import { displayName, endSession } from '../session.js';
import { showInView, signedInCall, whenSignedIn } from '../signed-in.js';

const PAGE_SIZE = 25;

export function renderOperator(main, { parameters: [applicationId], navigate }) {
  return renderOperatorPage(main, { title: t('operator.title'), navigate }, (view, context) => {
    if (applicationId) showApplication(view, context, applicationId);
    else showWorkList(view, context);
  });
}

/**
 * A page of Inera customer service: signs the operator in if needed, then calls {@code show(view, context)};
 * {@code context} is what {@link operatorCall} needs. Returns the function that stops the page.
 */
export function renderOperatorPage(main, { title, navigate }, show) {
  document.title = t('site.titleOf', { page: title });
  const page = { active: true };
  const content = h('div', {});
  replaceChildren(main, h('h1', {}, title), content, operatorLinks());

  whenSignedIn(content, page, { heading: t('login.title'), intro: t('operator.signInIntro') }, (session) => {
    const context = { content, session, navigate, page, signOut: () => { endSession(); navigate('/inera'); } };
    content.replaceChildren(sessionBar(context));
    const view = h('div', {});
    content.append(view);
    show(view, context);
  });
  return () => { page.active = false; };
}

function operatorLinks() {
  return h('nav', { class: 'operator-links', 'aria-label': t('operator.links') }, h('ul', {},
    h('li', {}, h('a', { href: '/inera' }, t('operator.applications'))),
    h('li', {}, h('a', { href: '/inera/misslyckade' }, t('failed.title'))),
    h('li', {}, h('a', { href: '/inera/kunder' }, t('lookup.title'))),
    h('li', {}, h('a', { href: '/inera/befintlig-kund' }, t('existingCustomer.title'))),
    h('li', {}, h('a', { href: '/inera/utskick' }, t('mails.title'))),
    h('li', {}, h('a', { href: '/inera/administratorer' }, t('administrators.title'))),
    h('li', {}, h('a', { href: '/inera/leveranser' }, t('deliveries.title')))));
}

function sessionBar(context) {
  return h('div', { class: 'session-bar' },
    h('p', {}, sentence('customer.signedIn', { name: h('strong', {}, displayName(context.session)) })),
    h('button', { type: 'button', class: 'button small secondary', onclick: context.signOut }, t('nav.signOut')));
}

/** The API's answer to a signed-in call, after handling what every operator page handles alike. */
export function operatorCall(context, view, method, path, body) {
  return signedInCall(context, view, method, path,
    { body, forbiddenMessage: t('operator.forbidden') });
}

/** A work list's items (GET `path`), or null when the view already shows why not. */
export async function fetchItems(context, view, path, workingText) {
  view.replaceChildren(h('p', { class: 'working', role: 'status' }, workingText));
  const answer = await operatorCall(context, view, 'GET', path);
  if (!answer) return null;
  if (answer.status !== 200) {
    showInView(view, messageBox('error', null, messageOf(answer)));
    return null;
  }
  return answer.body.items ?? [];
}

export { showInView };

function showWorkList(view, context) {
  const status = new URLSearchParams(location.search).get('status') ?? 'SUBMITTED';
  const select = h('select', { id: 'status-filter', name: 'status' },
    APPLICATION_STATUSES.map((value) => h('option', { value, selected: value === status }, applicationStatus(value))));
  const filter = h('form', { class: 'filter', role: 'search' },
    h('label', { for: 'status-filter' }, t('operator.filter')), select,
    h('button', { type: 'submit', class: 'button small' }, t('operator.filter.show')));
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    context.navigate(`/inera?status=${encodeURIComponent(select.value)}`);
  });
  const rows = h('tbody', {});
  const table = h('table', { class: 'work-list' },
    h('caption', {}, t('operator.list.caption', { status: applicationStatus(status) })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('customer.switcher.organisation')),
      h('th', { scope: 'col' }, t('details.organisationsnummer')),
      h('th', { scope: 'col' }, t('application.submitted')),
      h('th', { scope: 'col' }, t('users.agreement.status')))),
    rows);
  const more = h('div', { class: 'actions' });
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  replaceChildren(view, h('h2', {}, t('operator.applications')), filter, announcer, table, more);

  const loadPage = async (cursor) => {
    const query = new URLSearchParams({ status, limit: String(PAGE_SIZE) });
    if (cursor) query.set('cursor', cursor);
    more.replaceChildren(h('p', { class: 'working' }, t('form.loading')));
    const answer = await operatorCall(context, view, 'GET', `/operator/applications?${query}`);
    if (!answer) return;
    if (answer.status !== 200) {
      more.replaceChildren(messageBox('error', null, messageOf(answer)));
      return;
    }
    const items = answer.body.items ?? [];
    items.forEach((item) => rows.append(h('tr', {},
      h('td', { 'data-label': t('customer.switcher.organisation') },
        h('a', { href: `/inera/ansokningar/${encodeURIComponent(item.applicationId)}` }, item.organisationName ?? item.applicationId)),
      h('td', { 'data-label': t('details.organisationsnummer') }, item.organisationsnummer ?? '–'),
      h('td', { 'data-label': t('application.submitted') }, dateTime(item.submittedAt)),
      h('td', { 'data-label': t('users.agreement.status') }, applicationStatus(item.status),
        item.failureReason ? h('span', { class: 'failure-reason' }, ` ${t('operator.failureReason', { reason: item.failureReason })}`) : null))));
    if (!rows.children.length) {
      rows.append(h('tr', {}, h('td', { colspan: '4' }, t('operator.list.none'))));
    }
    announcer.textContent = plural('operator.list.shown', rows.querySelectorAll('a').length);
    more.replaceChildren();
    if (answer.body.nextCursor) {
      more.append(h('button', { type: 'button', class: 'button', onclick: () => loadPage(answer.body.nextCursor) }, t('operator.list.more')));
    }
  };
  loadPage(null);
}

async function showApplication(view, context, applicationId) {
  view.replaceChildren(h('p', { class: 'working', role: 'status' }, t('operator.application.loading')));
  const answer = await operatorCall(context, view, 'GET', `/operator/applications/${encodeURIComponent(applicationId)}`);
  if (!answer) return;
  const back = h('p', {}, h('a', { href: '/inera' }, t('operator.back')));
  if (answer.status !== 200) {
    showInView(view, messageBox('error', answer.status === 404 ? t('operator.application.notFound') : t('operator.application.failed'), messageOf(answer)), back);
    return;
  }
  const application = answer.body;
  const organisation = application.organisation ?? {};
  const invoicing = organisation.invoicing ?? {};
  const contacts = application.contacts ?? {};
  document.title = t('operator.application.pageTitle', { name: organisation.name ?? t('operator.application') });
  const decisionArea = h('section', { class: 'decision', 'aria-labelledby': 'decision-heading' });
  const heading = h('h2', {}, organisation.name ?? t('operator.application'));
  replaceChildren(view,
    back,
    heading,
    h('dl', { class: 'summary' },
      term(t('users.agreement.status'), applicationStatus(application.status)),
      application.failureReason ? term(t('operator.application.failureReason'), application.failureReason) : null,
      term(t('application.id'), application.applicationId),
      term(t('application.submitted'), dateTime(application.submittedAt)),
      term(t('operator.application.updated'), dateTime(application.updatedAt))),
    h('div', { class: 'columns' },
      h('section', {}, h('h3', {}, t('apply.organisation')), h('dl', { class: 'summary' },
        term(t('details.name'), organisation.name),
        term(t('details.organisationsnummer'), organisation.organisationsnummer),
        term(t('details.postalAddress'), address(organisation.address)))),
      h('section', {}, h('h3', {}, t('apply.invoicing')), h('dl', { class: 'summary' },
        term(t('details.invoicing.address'), address(invoicing.address)),
        term(t('operator.application.reference'), invoicing.reference),
        term(t('apply.invoicing.email'), invoicing.email),
        term(t('operator.application.electronicId'), invoicing.electronicId)))),
    h('div', { class: 'columns' },
      contactSection(t('role.ADMINISTRATOR'), contacts.administrator),
      contactSection(t('apply.signatory'), contacts.signatory, contacts.signatory?.personnummer),
      contactSection(t('role.AGREEMENT_CONTACT'), contacts.agreementContact)),
    decisionArea);
  focus(heading);
  if (application.decision) showDecision(decisionArea, application.decision, application.status);
  else if (application.status === 'SUBMITTED') showDecisionForm(decisionArea, context, application.applicationId);
}

function contactSection(title, contact, personnummer) {
  return h('section', {}, h('h3', {}, title), h('dl', { class: 'summary' },
    term(t('details.name'), contact?.name),
    personnummer ? term(t('person.personnummer'), personnummer) : null,
    term(t('operator.contact.email'), contact?.email),
    term(t('operator.contact.mobile'), contact?.mobile)));
}

function showDecision(area, decision, status) {
  replaceChildren(area,
    h('h3', { id: 'decision-heading' }, t('decision.title')),
    h('dl', { class: 'summary' },
      term(t('decision.outcome'), decision.approved ? t('applicationStatus.APPROVED') : t('applicationStatus.REJECTED')),
      term(t('decision.decidedBy'), decision.decidedBy),
      term(t('decision.decidedAt'), dateTime(decision.decidedAt)),
      decision.reason ? term(t('decision.reason.shown'), decision.reason) : null,
      status ? term(t('decision.statusNow'), applicationStatus(status)) : null));
}

function showDecisionForm(area, context, applicationId) {
  // The group's error has an id and describes the group and each radio (a screen reader on a radio reads it);
  // showFieldErrors marks every radio aria-invalid.
  const approve = h('input', { type: 'radio', name: 'approved', value: 'true', id: 'decision-approve', 'aria-describedby': 'decision-approved-error' });
  const reject = h('input', { type: 'radio', name: 'approved', value: 'false', id: 'decision-reject', 'aria-describedby': 'decision-approved-error' });
  const choice = h('fieldset', { class: 'field', id: 'decision-approved', dataset: { field: 'approved' }, 'aria-describedby': 'decision-approved-error' },
    h('legend', {}, t('decision.choice')),
    h('p', { class: 'field-error', id: 'decision-approved-error', hidden: true }),
    h('div', { class: 'choice' }, approve, h('label', { for: 'decision-approve' }, t('decision.approve'))),
    h('div', { class: 'choice' }, reject, h('label', { for: 'decision-reject' }, t('decision.reject'))));
  const reason = field({ name: 'reason', label: t('decision.reason'), multiline: true, markOptional: false, hint: t('decision.reason.hint') });
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'decision-heading' }, choice, reason,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('decision.submit'))));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  replaceChildren(area, h('h3', { id: 'decision-heading' }, t('decision.title')), status, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const picked = form.elements.approved.value;
    const body = picked === '' ? { reason: reasonText() } : { approved: picked === 'true', reason: reasonText() };
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    const answer = await operatorCall(context, status, 'POST', `/operator/applications/${encodeURIComponent(applicationId)}/decision`, body);
    button.disabled = false;
    if (!answer) return;
    if (answer.status === 200) {
      showDecision(area, answer.body.decision ?? {}, answer.body.status);
      const note = answer.body.workflow === 'NOT_RESUMED'
        ? messageBox('warning', t('decision.saved.title'), t('decision.saved.notResumed'))
        : messageBox('success', null, t('decision.saved'));
      area.prepend(note);
      focus(note);
    } else if (answer.status === 400) {
      showRefusal(form, status, answer, t('decision.failed'));
    } else if (answer.status === 409) {
      // Someone else decided first: the form no longer applies, so it goes and the decision is one click away.
      const box = messageBox('error', t('decision.alreadyDecided'), messageOf(answer),
        h('p', {}, h('a', { href: location.pathname }, t('decision.show'))));
      form.remove();
      status.replaceChildren(box);
      focus(box);
    } else {
      const box = messageBox('error', t('decision.failed'), messageOf(answer));
      status.replaceChildren(box);
      focus(box);
    }
  });

  function reasonText() {
    const text = form.elements.reason.value.trim();
    return text || undefined;
  }
}
