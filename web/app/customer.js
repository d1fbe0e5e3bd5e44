/**
 * The frame of every signed-in customer page (/organisation/…): signs the person in when needed, asks the API who
 * they are (GET /me: their organisations, roles and what they can do in each), picks the organisation — the one in
 * the path, else the one chosen last time (localStorage), else the only one — and shows the session bar with the
 * organisation switcher and the organisation's menu. Then `show(view, context)` renders the page itself.
 *
 * The API decides every right; `can` only hides what would be refused, and a page for a missing right says so
 * instead of calling.
 */
import { h, focus, messageBox, replaceChildren } from './dom.js';
import { messageOf } from './api.js';
import { endSession } from './session.js';
import { showInView, signedInCall, whenSignedIn } from './signed-in.js';
import { sentence, t } from './i18n.js';
import { textOf } from './messages.js';

const CHOSEN_KEY = 'kundportal.organisation';

/** Path of an organisation's page: organisationPath('232100-0016', 'anvandare') → /organisation/232100-0016/anvandare. */
export function organisationPath(organisationsnummer, ...parts) {
  return ['/organisation', organisationsnummer, ...parts].map((part, index) => (index ? encodeURIComponent(part) : part)).join('/');
}

/**
 * `needs` names the `can` right the page requires (e.g. 'manageUsers'), or nothing. Returns the function that stops
 * the page. `context` = { session, me, organisation, navigate, page, heading (the page's h1), call(view, method, path, body) }.
 */
export function renderCustomerPage(main, { title, navigate, organisationsnummer, needs }, show) {
  document.title = t('site.titleOf', { page: title });
  const page = { active: true };
  const heading = h('h1', {}, title);
  const content = h('div', {});
  replaceChildren(main, heading, content);

  whenSignedIn(content, page, { intro: t('customer.signInIntro') }, async (session) => {
    const base = { session, navigate, page };
    content.replaceChildren(h('p', { class: 'working', role: 'status' }, t('form.loading')));
    const answer = await signedInCall(base, content, 'GET', '/me');
    if (!answer) return;
    if (answer.status !== 200) {
      showInView(content, messageBox('error', null, messageOf(answer)));
      return;
    }
    const me = answer.body;
    const organisations = me.organisations ?? [];
    const context = { ...base, me, call: (view, method, path, body) => signedInCall(base, view, method, path, { body }) };
    const signOut = () => { endSession(); navigate('/logga-in'); };

    if (!organisations.length) {
      replaceChildren(content, sessionBar(me, [], null, navigate, signOut), noOrganisation(me));
      return;
    }
    const organisation = pickOrganisation(organisations, organisationsnummer);
    if (!organisation) {
      if (organisationsnummer) {
        replaceChildren(content, sessionBar(me, organisations, null, navigate, signOut),
          messageBox('error', t('customer.noSuchOrganisation'), t('call.notFound')));
      } else {
        replaceChildren(content, sessionBar(me, organisations, null, navigate, signOut), chooser(organisations));
      }
      return;
    }
    if (!organisationsnummer) {
      // /organisation alone: open the remembered or only organisation's start page.
      navigate(organisationPath(organisation.organisationsnummer), { replace: true });
      return;
    }
    localStorage.setItem(CHOSEN_KEY, organisation.organisationsnummer);
    if (organisationsnummer !== organisation.organisationsnummer) {
      // The address in the form GET /me uses, so the menu marks the current page and links stay alike.
      const canonical = location.pathname.replace(/^\/organisation\/[^/]+/, organisationPath(organisation.organisationsnummer));
      history.replaceState(null, '', canonical + location.search);
    }
    const view = h('div', {});
    replaceChildren(content, sessionBar(me, organisations, organisation, navigate, signOut),
      organisationMenu(organisation), view);
    if (needs && !organisation.can?.[needs]) {
      view.append(messageBox('error', t('call.forbidden.title'), t('call.forbidden')));
      return;
    }
    show(view, { ...context, organisation, heading });
  });
  return () => { page.active = false; };
}

function pickOrganisation(organisations, organisationsnummer) {
  if (organisationsnummer) return organisations.find((one) => sameNumber(one.organisationsnummer, organisationsnummer)) ?? null;
  const remembered = localStorage.getItem(CHOSEN_KEY);
  return organisations.find((one) => sameNumber(one.organisationsnummer, remembered))
    ?? (organisations.length === 1 ? organisations[0] : null);
}

/**
 * The API takes an organisationsnummer in any accepted form (232100-0016, 2321000016, 162321000016), and a link
 * (e.g. the readiness panel's fixPath) may use another form than GET /me: the ten digits decide.
 */
function sameNumber(one, other) {
  const digits = (value) => String(value ?? '').replace(/\D/g, '').replace(/^16(?=\d{10}$)/, '');
  return Boolean(one && other) && digits(one) === digits(other);
}

function sessionBar(me, organisations, current, navigate, signOut) {
  return h('div', { class: 'session-bar' },
    h('p', {}, sentence(current ? 'customer.signedInFor' : 'customer.signedIn', {
      name: h('strong', {}, me.name || me.email || t('nav.someone')),
      organisation: current ? h('strong', {}, current.name) : null,
    })),
    current && organisations.length > 1 ? switcher(organisations, current, navigate) : null,
    h('button', { type: 'button', class: 'button small secondary', onclick: signOut }, t('nav.signOut')));
}

/** For a person in several organisations. A form with a button (not a select that jumps on change), for keyboard users. */
function switcher(organisations, current, navigate) {
  const select = h('select', { id: 'organisation-switcher', name: 'organisation' },
    organisations.map((one) => h('option', { value: one.organisationsnummer, selected: one === current },
      `${one.name} (${one.organisationsnummer})`)));
  const form = h('form', { class: 'filter switcher', 'aria-label': t('customer.switcher.label') },
    h('label', { for: 'organisation-switcher' }, t('customer.switcher.organisation')), select,
    h('button', { type: 'submit', class: 'button small' }, t('customer.switcher.switch')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    localStorage.setItem(CHOSEN_KEY, select.value);
    navigate(organisationPath(select.value));
  });
  return form;
}

function chooser(organisations) {
  const heading = h('h2', {}, t('customer.chooser.title'));
  queueMicrotask(() => focus(heading));
  return [heading,
    h('p', {}, t('customer.chooser.text')),
    h('ul', { class: 'organisation-list' }, organisations.map((one) => h('li', {},
      h('a', { href: organisationPath(one.organisationsnummer) }, one.name), ` (${one.organisationsnummer}) – `,
      (one.roles ?? []).map((role) => textOf('role', role)).join(', '))))];
}

function noOrganisation(me) {
  if (me.operator) {
    return messageBox('info', t('customer.operator.title'),
      h('p', {}, sentence('customer.operator.text', { link: h('a', { href: '/inera' }, t('footer.operator')) })));
  }
  return messageBox('warning', t('customer.noRole.title'), t('customer.noRole.text'));
}

function organisationMenu(organisation) {
  const can = organisation.can ?? {};
  const links = [
    [t('customer.menu.overview'), organisationPath(organisation.organisationsnummer)],
    can.viewRoles ? [t('customer.menu.roles'), organisationPath(organisation.organisationsnummer, 'anvandare')] : null,
    can.manageUsers ? [t('customer.menu.newUser'), organisationPath(organisation.organisationsnummer, 'anvandare', 'ny')] : null,
    [t('customer.menu.details'), organisationPath(organisation.organisationsnummer, 'kundinformation')],
  ].filter(Boolean);
  const here = location.pathname;
  return h('nav', { class: 'organisation-menu', 'aria-label': t('customer.menu.label', { name: organisation.name }) }, h('ul', {},
    links.map(([label, path]) => h('li', {}, h('a', { href: path, 'aria-current': path === here ? 'page' : null }, label)))));
}

let notice = null;

/** A message for the next page this tab shows (e.g. "Anna är upplagd" after saving and going back to the list). */
export function leaveNotice(message) {
  notice = message;
}

/** The message left by the previous page, once. */
export function takeNotice() {
  const taken = notice;
  notice = null;
  return taken;
}
