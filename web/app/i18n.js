/**
 * The client's words in Swedish and English: one catalogue per language (messages/sv.js, messages/en.js, the same
 * keys, prefixed by page or area: 'apply.title', 'nav.signIn', …). Swedish is the default; the choice is kept in
 * localStorage. Dates, money and numbers are always shown the Swedish way (sv-SE), whatever the language.
 *
 *   t('apply.title')                          → "Ansök om att bli kund"
 *   t('person.edit.saved', { name: 'Anna' })  → "Ändringarna för Anna är sparade."
 *   plural('operator.list.shown', 2)          → "2 ansökningar visas" (keys 'operator.list.shown.one' / '.other')
 *
 * A missing key shows the key itself and is logged with console.error, so a typo is seen but never breaks a page;
 * local/.../web/WebClientFilesTest checks that both catalogues have the same keys and that every key used exists.
 */
import sv from './messages/sv.js';
import en from './messages/en.js';

const CATALOGUES = { sv, en };
const LANGUAGES = Object.keys(CATALOGUES);
const STORAGE_KEY = 'kundportal.language';
const LOCALE = 'sv-SE';
const TIME_ZONE = 'Europe/Stockholm';

let current = remembered();
const listeners = [];

function remembered() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : 'sv';
  } catch {
    return 'sv';
  }
}

/** The language the pages are shown in: 'sv' or 'en'. */
export function language() {
  return current;
}

/** The text for `key` in the current language, with `{name}` replaced by `params.name`. */
export function t(key, params) {
  const text = CATALOGUES[current][key];
  if (typeof text !== 'string') {
    console.error(`i18n: no ${current} text for "${key}"`);
    return key;
  }
  return interpolate(text, params);
}

/**
 * The text for `key` as parts for h(): `{name}` placeholders are replaced by `params.name`, which may be a DOM node
 * (a link, a <strong>) — the text around it stays text. sentence('notFound.text', { link: h('a', …) }).
 */
export function sentence(key, params = {}) {
  const text = t(key);
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (!(match[1] in params)) continue;
    parts.push(text.slice(last, match.index), params[match[1]]);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '' && part !== null && part !== undefined);
}

/** True when the catalogue has `key` (for words looked up by an API value, which may be new to the client). */
export function hasText(key) {
  return typeof CATALOGUES[current][key] === 'string';
}

/**
 * The form of `key` for `count`: `${key}.one` or `${key}.other` (Intl.PluralRules of the language), with
 * `{count}` (in Swedish number format) and any other `params` filled in.
 */
export function plural(key, count, params = {}) {
  const form = new Intl.PluralRules(current).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { ...params, count: formatNumber(count) });
}

/**
 * Switches the language: remembered in localStorage, set on <html lang>, and every listener (the router, which
 * renders the current page again) is told.
 */
export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang)) throw new Error(`i18n: no catalogue for ${lang}`);
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the choice lasts until the page is reloaded.
  }
  document.documentElement.lang = lang;
  listeners.forEach((listener) => listener(lang));
}

/** Calls `listener(lang)` after every setLanguage. */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

function interpolate(text, params) {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined || params[name] === null ? whole : String(params[name])));
}

const DATE = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: TIME_ZONE });
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
const NUMBER = new Intl.NumberFormat(LOCALE);
const MONEY_WHOLE = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
const MONEY_EXACT = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'SEK', minimumFractionDigits: 2, maximumFractionDigits: 2 });

function formatted(format, iso) {
  if (!iso) return '–';
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? String(iso) : format.format(parsed);
}

/** "4 december 2026" (Swedish time). */
export function formatDate(iso) {
  return formatted(DATE, iso);
}

/** "4 december 2026 kl. 14:05" (Swedish time). */
export function formatDateTime(iso) {
  return formatted(DATE_TIME, iso);
}

/** "1 234,50 kr", or "5 000 kr" for whole kronor. */
export function formatMoney(kronor) {
  if (typeof kronor !== 'number' || Number.isNaN(kronor)) return '–';
  return (Number.isInteger(kronor) ? MONEY_WHOLE : MONEY_EXACT).format(kronor);
}

/** "1 234,5" */
export function formatNumber(value) {
  return typeof value === 'number' ? NUMBER.format(value) : String(value ?? '–');
}

/** Öre (the API's amounts) as money. */
export function formatOre(ore) {
  return typeof ore === 'number' ? formatMoney(ore / 100) : '–';
}
