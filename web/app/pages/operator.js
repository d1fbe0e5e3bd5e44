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
import { clearFieldErrors, errorSummary, field, showFieldErrors } from '../form-fields.js';
import { displayName, endSession } from '../session.js';
import { showInView, signedInCall, whenSignedIn } from '../signed-in.js';

const PAGE_SIZE = 25;

export function renderOperator(main, { parameters: [applicationId], navigate }) {
  return renderOperatorPage(main, { title: 'Ineras kundservice', navigate }, (view, context) => {
    if (applicationId) showApplication(view, context, applicationId);
    else showWorkList(view, context);
  });
}

/**
 * A page of Inera customer service: signs the operator in if needed, then calls {@code show(view, context)};
 * {@code context} is what {@link operatorCall} needs. Returns the function that stops the page.
 */
export function renderOperatorPage(main, { title, navigate }, show) {
  document.title = `${title} – Kundportal`;
  const page = { active: true };
  const content = h('div', {});
  replaceChildren(main, h('h1', {}, title), content, operatorLinks());

  whenSignedIn(content, page, { heading: 'Logga in', intro: 'För medarbetare på Ineras kundservice.' }, (session) => {
    const context = { content, session, navigate, page, signOut: () => { endSession(); navigate('/inera'); } };
    content.replaceChildren(sessionBar(context));
    const view = h('div', {});
    content.append(view);
    show(view, context);
  });
  return () => { page.active = false; };
}

function operatorLinks() {
  return h('nav', { class: 'operator-links', 'aria-label': 'Kundservicens sidor' }, h('ul', {},
    h('li', {}, h('a', { href: '/inera' }, 'Ansökningar')),
    h('li', {}, h('a', { href: '/inera/utskick' }, 'Osäkra utskick')),
    h('li', {}, h('a', { href: '/inera/administratorer' }, 'Administratörer och tillfälliga lösenord'))));
}

function sessionBar(context) {
  return h('div', { class: 'session-bar' },
    h('p', {}, 'Inloggad som ', h('strong', {}, displayName(context.session))),
    h('button', { type: 'button', class: 'button small secondary', onclick: context.signOut }, 'Logga ut'));
}

/** The API's answer to a signed-in call, after handling what every operator page handles alike. */
export function operatorCall(context, view, method, path, body) {
  return signedInCall(context, view, method, path,
    { body, forbiddenMessage: 'Ditt konto hör inte till Ineras kundservice (gruppen Operators).' });
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
    Object.entries(APPLICATION_STATUSES).map(([value, label]) => h('option', { value, selected: value === status }, label)));
  const filter = h('form', { class: 'filter', role: 'search' },
    h('label', { for: 'status-filter' }, 'Visa ansökningar med status'), select,
    h('button', { type: 'submit', class: 'button small' }, 'Visa'));
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    context.navigate(`/inera?status=${encodeURIComponent(select.value)}`);
  });
  const rows = h('tbody', {});
  const table = h('table', { class: 'work-list' },
    h('caption', {}, `Ansökningar: ${applicationStatus(status)}, nyast först`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Organisation'),
      h('th', { scope: 'col' }, 'Organisationsnummer'),
      h('th', { scope: 'col' }, 'Inskickad'),
      h('th', { scope: 'col' }, 'Status'))),
    rows);
  const more = h('div', { class: 'actions' });
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  replaceChildren(view, h('h2', {}, 'Ansökningar'), filter, announcer, table, more);

  const loadPage = async (cursor) => {
    const query = new URLSearchParams({ status, limit: String(PAGE_SIZE) });
    if (cursor) query.set('cursor', cursor);
    more.replaceChildren(h('p', { class: 'working' }, 'Hämtar …'));
    const answer = await operatorCall(context, view, 'GET', `/operator/applications?${query}`);
    if (!answer) return;
    if (answer.status !== 200) {
      more.replaceChildren(messageBox('error', null, messageOf(answer)));
      return;
    }
    const items = answer.body.items ?? [];
    items.forEach((item) => rows.append(h('tr', {},
      h('td', {}, h('a', { href: `/inera/ansokningar/${encodeURIComponent(item.applicationId)}` }, item.organisationName ?? item.applicationId)),
      h('td', {}, item.organisationsnummer ?? '–'),
      h('td', {}, dateTime(item.submittedAt)),
      h('td', {}, applicationStatus(item.status),
        item.failureReason ? h('span', { class: 'failure-reason' }, ` Orsak: ${item.failureReason}`) : null))));
    if (!rows.children.length) {
      rows.append(h('tr', {}, h('td', { colspan: '4' }, 'Inga ansökningar med den statusen.')));
    }
    announcer.textContent = `${rows.querySelectorAll('a').length} ansökningar visas.`;
    more.replaceChildren();
    if (answer.body.nextCursor) {
      more.append(h('button', { type: 'button', class: 'button', onclick: () => loadPage(answer.body.nextCursor) }, 'Visa fler'));
    }
  };
  loadPage(null);
}

async function showApplication(view, context, applicationId) {
  view.replaceChildren(h('p', { class: 'working', role: 'status' }, 'Hämtar ansökan …'));
  const answer = await operatorCall(context, view, 'GET', `/operator/applications/${encodeURIComponent(applicationId)}`);
  if (!answer) return;
  const back = h('p', {}, h('a', { href: '/inera' }, '← Till ansökningarna'));
  if (answer.status !== 200) {
    showInView(view, messageBox('error', answer.status === 404 ? 'Ansökan finns inte' : 'Ansökan kunde inte visas', messageOf(answer)), back);
    return;
  }
  const application = answer.body;
  const organisation = application.organisation ?? {};
  const invoicing = organisation.invoicing ?? {};
  const contacts = application.contacts ?? {};
  document.title = `${organisation.name ?? 'Ansökan'} – Ineras kundservice`;
  const decisionArea = h('section', { class: 'decision', 'aria-labelledby': 'decision-heading' });
  const heading = h('h2', {}, organisation.name ?? 'Ansökan');
  replaceChildren(view,
    back,
    heading,
    h('dl', { class: 'summary' },
      term('Status', applicationStatus(application.status)),
      application.failureReason ? term('Orsak till att anslutningen avbröts', application.failureReason) : null,
      term('Ansökans id', application.applicationId),
      term('Inskickad', dateTime(application.submittedAt)),
      term('Senast ändrad', dateTime(application.updatedAt))),
    h('div', { class: 'columns' },
      h('section', {}, h('h3', {}, 'Organisationen'), h('dl', { class: 'summary' },
        term('Namn', organisation.name),
        term('Organisationsnummer', organisation.organisationsnummer),
        term('Postadress', address(organisation.address)))),
      h('section', {}, h('h3', {}, 'Fakturering'), h('dl', { class: 'summary' },
        term('Fakturaadress', address(invoicing.address)),
        term('Referens', invoicing.reference),
        term('E-post för fakturor', invoicing.email),
        term('E-fakturaadress', invoicing.electronicId)))),
    h('div', { class: 'columns' },
      contactSection('Administratör', contacts.administrator),
      contactSection('Firmatecknare', contacts.signatory, contacts.signatory?.personnummer),
      contactSection('Kontaktperson för avtalet', contacts.agreementContact)),
    decisionArea);
  focus(heading);
  if (application.decision) showDecision(decisionArea, application.decision, application.status);
  else if (application.status === 'SUBMITTED') showDecisionForm(decisionArea, context, application.applicationId);
}

function contactSection(title, contact, personnummer) {
  return h('section', {}, h('h3', {}, title), h('dl', { class: 'summary' },
    term('Namn', contact?.name),
    personnummer ? term('Personnummer', personnummer) : null,
    term('E-post', contact?.email),
    term('Mobil', contact?.mobile)));
}

function showDecision(area, decision, status) {
  replaceChildren(area,
    h('h3', { id: 'decision-heading' }, 'Beslut'),
    h('dl', { class: 'summary' },
      term('Utfall', decision.approved ? 'Godkänd' : 'Avslagen'),
      term('Beslutad av', decision.decidedBy),
      term('Beslutad', dateTime(decision.decidedAt)),
      decision.reason ? term('Skäl', decision.reason) : null,
      status ? term('Status nu', applicationStatus(status)) : null));
}

function showDecisionForm(area, context, applicationId) {
  const approve = h('input', { type: 'radio', name: 'approved', value: 'true', id: 'decision-approve' });
  const reject = h('input', { type: 'radio', name: 'approved', value: 'false', id: 'decision-reject' });
  const choice = h('fieldset', { class: 'field', dataset: { field: 'approved' } },
    h('legend', {}, 'Godkänn eller avslå'),
    h('p', { class: 'field-error', hidden: true }),
    h('div', { class: 'choice' }, approve, h('label', { for: 'decision-approve' }, 'Godkänn – administratören, firmatecknaren och kontaktpersonen får e-post')),
    h('div', { class: 'choice' }, reject, h('label', { for: 'decision-reject' }, 'Avslå – den sökande får veta skälet')));
  const reason = field({ name: 'reason', label: 'Skäl till avslag', multiline: true, markOptional: false, hint: 'Krävs vid avslag. Skälet skickas till den sökande.' });
  const form = h('form', { class: 'form', novalidate: true }, choice, reason,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Spara beslut')));
  const status = h('div', { class: 'form-status' });
  replaceChildren(area, h('h3', { id: 'decision-heading' }, 'Beslut'), status, form);

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
        ? messageBox('warning', 'Beslutet är sparat', 'Men onboardingflödet kunde inte väckas just nu; felet är loggat för driften.')
        : messageBox('success', null, 'Beslutet är sparat.');
      area.prepend(note);
      focus(note);
    } else if (answer.status === 400) {
      const { placed, unplaced } = showFieldErrors(form, answer.body.errors ?? []);
      const summary = errorSummary(placed.length + unplaced.length ? 'Rätta följande' : messageOf(answer), placed, unplaced);
      status.replaceChildren(summary);
      focus(summary);
    } else if (answer.status === 409) {
      // Someone else decided first: the form no longer applies, so it goes and the decision is one click away.
      const box = messageBox('error', 'Ansökan är redan beslutad', messageOf(answer),
        h('p', {}, h('a', { href: location.pathname }, 'Visa beslutet')));
      form.remove();
      status.replaceChildren(box);
      focus(box);
    } else {
      const box = messageBox('error', 'Beslutet kunde inte sparas', messageOf(answer));
      status.replaceChildren(box);
      focus(box);
    }
  });

  function reasonText() {
    const text = form.elements.reason.value.trim();
    return text || undefined;
  }
}
