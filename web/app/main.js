/**
 * Kundportal's web client: a single-page app routed on location.pathname. The gateway answers every path
 * without a file with index.html, so the links in e-mails (/signera/<linkId>, /logga-in) open the right page.
 */
import { h, focus, replaceChildren } from './dom.js';
import { language, onLanguageChange, sentence, setLanguage, t } from './i18n.js';
import { SESSION_CHANGED, currentSession, displayName, endSession } from './session.js';
import { loadConfig } from './config.js';
import { renderHome } from './pages/home.js';
import { renderApplication } from './pages/apply.js';
import { renderSigning } from './pages/sign.js';
import { renderOperator } from './pages/operator.js';
import { renderOperatorMails } from './pages/operator-mails.js';
import { renderOperatorAdministrators } from './pages/operator-administrators.js';
import { renderOperatorCustomers } from './pages/operator-customers.js';
import { renderOperatorExistingCustomer } from './pages/operator-existing-customer.js';
import { renderOperatorFailedOnboardings } from './pages/operator-failed.js';
import { renderForgotPassword } from './pages/forgot-password.js';
import { renderAdministratorLogin } from './pages/login.js';
import { renderAttestation } from './pages/attest.js';
import { renderOperatorDeliveries } from './pages/operator-deliveries.js';
import { renderOrder, renderOrders } from './pages/order.js';
import { renderOverview } from './pages/overview.js';
import { renderUsers } from './pages/users.js';
import { renderPerson } from './pages/person.js';
import { renderCustomerDetails } from './pages/customer-details.js';

/** Path patterns → page. A page renders into <main> and may return a function that stops its work (polling). */
const ROUTES = [
  { pattern: /^\/$/, page: renderHome },
  { pattern: /^\/ansok\/?$/, page: renderApplication },
  { pattern: /^\/signera\/([^/]+)\/?$/, page: renderSigning },
  { pattern: /^\/inera\/utskick\/?$/, page: renderOperatorMails },
  { pattern: /^\/inera\/administratorer\/?$/, page: renderOperatorAdministrators },
  { pattern: /^\/inera\/kunder\/?$/, page: renderOperatorCustomers },
  { pattern: /^\/inera\/befintlig-kund\/?$/, page: renderOperatorExistingCustomer },
  { pattern: /^\/inera\/misslyckade\/?$/, page: renderOperatorFailedOnboardings },
  { pattern: /^\/attestera\/([^/]+)\/?$/, page: renderAttestation },
  { pattern: /^\/inera\/leveranser\/?$/, page: renderOperatorDeliveries },
  { pattern: /^\/bestall\/?$/, page: renderOrder },
  { pattern: /^\/bestallningar\/?$/, page: renderOrders },
  { pattern: /^\/inera(?:\/ansokningar\/([^/]+))?\/?$/, page: renderOperator },
  { pattern: /^\/logga-in\/?$/, page: renderAdministratorLogin },
  { pattern: /^\/glomt-losenord\/?$/, page: renderForgotPassword },
  { pattern: /^\/organisation(?:\/([^/]+))?\/?$/, page: renderOverview },
  { pattern: /^\/organisation\/([^/]+)\/anvandare\/?$/, page: renderUsers },
  { pattern: /^\/organisation\/([^/]+)\/anvandare\/([^/]+)\/?$/, page: renderPerson },
  { pattern: /^\/organisation\/([^/]+)\/kundinformation\/?$/, page: renderCustomerDetails },
];

const main = document.getElementById('main');
let stopCurrentPage = null;

function route({ moveFocus }) {
  if (typeof stopCurrentPage === 'function') stopCurrentPage();
  stopCurrentPage = null;
  const path = location.pathname;
  const match = ROUTES.map(({ pattern, page }) => ({ page, found: pattern.exec(path) })).find(({ found }) => found);
  markCurrentNavigation(path);
  renderFrame();
  if (!match) {
    renderNotFound();
  } else {
    const parameters = match.found.slice(1).map((part) => (part === undefined ? undefined : decodeURIComponent(part)));
    stopCurrentPage = match.page(main, { parameters, navigate });
  }
  if (moveFocus) focus(main.querySelector('h1') ?? main);
}

/** Client-side navigation to a path of this app. */
export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  route({ moveFocus: true });
}

function renderNotFound() {
  document.title = t('site.titleOf', { page: t('notFound.title') });
  replaceChildren(main,
    h('h1', {}, t('notFound.title')),
    h('p', {}, sentence('notFound.text', { link: h('a', { href: '/' }, t('notFound.link')) })));
}

/** The other language's name, in that language (so a screen reader says it right). */
const SWITCH = { sv: { to: 'en', label: 'English' }, en: { to: 'sv', label: 'Svenska' } };

/**
 * The parts of index.html outside <main>: their words in the chosen language (elements marked data-i18n and
 * data-i18n-aria-label), the language switch, and who is signed in with "Logga ut" instead of "Logga in".
 */
function renderFrame() {
  document.documentElement.lang = language();
  document.querySelectorAll('[data-i18n]').forEach((element) => { element.textContent = t(element.dataset.i18n); });
  document.querySelectorAll('[data-i18n-aria-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  });
  const target = SWITCH[language()];
  const languageSwitch = document.getElementById('language-switch');
  languageSwitch.replaceChildren(h('span', { lang: target.to }, target.label));
  renderSessionLinks();
  renderDeveloperMenu();
}

/** The local runtime's pages a developer watches, in the menu's order (config.json's developerLinks). */
const DEVELOPER_LINKS = ['mailbox', 'sms', 'bankIdApp', 'executions'];
let developerLinks = null;

/**
 * Local mode only: a menu in the footer linking the local mailbox, the SMS capture, the BankID app simulator and the
 * executions console. A deployment's config.json has no developerLinks, so there is no menu.
 */
function renderDeveloperMenu() {
  document.getElementById('developer-menu')?.remove();
  const links = DEVELOPER_LINKS.filter((key) => typeof developerLinks?.[key] === 'string' && developerLinks[key]);
  if (!links.length) return;
  document.querySelector('.site-footer-inner').append(h('nav', { id: 'developer-menu', class: 'developer-menu', 'aria-label': t('developer.menu') },
    h('p', {}, t('developer.title')),
    h('ul', {}, links.map((key) => h('li', {},
      h('a', { id: `developer-${key}`, href: developerLinks[key], target: '_blank', rel: 'noopener' }, t(`developer.${key}`)))))));
}

loadConfig().then((config) => {
  developerLinks = config?.developerLinks ?? null;
  renderDeveloperMenu();
});

function renderSessionLinks() {
  const item = document.getElementById('nav-session');
  const session = currentSession();
  if (!session) {
    const signIn = h('a', { id: 'nav-sign-in', href: '/logga-in' }, t('nav.signIn'));
    if (location.pathname.startsWith('/logga-in')) signIn.setAttribute('aria-current', 'page');
    item.replaceChildren(signIn);
    return;
  }
  const signOut = h('button', { type: 'button', id: 'nav-sign-out', class: 'nav-button' }, t('nav.signOut'));
  signOut.addEventListener('click', () => {
    endSession();
    navigate('/logga-in');
  });
  item.replaceChildren(h('span', { class: 'nav-who', id: 'nav-signed-in-as' }, t('nav.signedInAs', { name: displayName(session) })), ' ', signOut);
}

document.getElementById('language-switch').addEventListener('click', () => setLanguage(SWITCH[language()].to));
// The page is rendered again in the new language; focus stays on the switch, which is not replaced.
onLanguageChange(() => route({ moveFocus: false }));
window.addEventListener(SESSION_CHANGED, () => renderSessionLinks());

function markCurrentNavigation(path) {
  document.querySelectorAll('.site-nav a').forEach((link) => {
    const target = link.getAttribute('href');
    const current = target === '/' ? path === '/' : path.startsWith(target);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
}

// Same-origin links are handled here, so the page is not reloaded (and a running BankID order is stopped cleanly).
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.hash && url.pathname === location.pathname) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => route({ moveFocus: true }));
route({ moveFocus: false });
