/**
 * Calls Kundportal's HTTP API (api/openapi.yaml) on the page's own origin. Every answer comes back as
 * { status, body } — the caller decides what a 400, 404, 409 or 410 means for its page; only a network failure
 * throws (NetworkError), with a message in the chosen language. Every call tells the API that language
 * (Accept-Language); the API's own messages are Swedish whatever the language, and are shown marked as Swedish
 * (serverText) while the pages are in another language.
 */
import { h } from './dom.js';
import { currentSession } from './session.js';
import { language, t } from './i18n.js';

export class NetworkError extends Error {
  constructor() {
    super(t('api.network'));
    this.name = 'NetworkError';
  }
}

/** Told on every call while someone is signed in, so the attestation routes can refuse to act on a session. */
const SESSION_MARKER = 'X-Kundportal-Session';

export async function callApi(method, path, { body, idToken, signal, headers: extraHeaders = {} } = {}) {
  // Content-Type on every request that may change something, with or without body: the API refuses any other
  // type with 415, and a JSON request is never a "simple" cross-site request a browser would send unasked.
  const headers = { Accept: 'application/json', 'Accept-Language': language() === 'en' ? 'en, sv;q=0.5' : 'sv', ...extraHeaders };
  if (method !== 'GET' && method !== 'HEAD') headers['Content-Type'] = 'application/json';
  if (idToken) headers.Authorization = `Bearer ${idToken}`;
  if (currentSession()) headers[SESSION_MARKER] = '1';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
  } catch (failure) {
    if (failure.name === 'AbortError') throw failure;
    throw new NetworkError();
  }
  return { status: response.status, body: await readJson(response) };
}

async function readJson(response) {
  const text = await response.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return { message: t('api.unexpectedAnswer', { status: response.status }) };
  }
}

/**
 * The API's (Swedish) message as a child for h() (see serverText), or `fallback` — the catalogue's text in the chosen
 * language — when the body has none (e.g. a gateway error).
 */
export function messageOf(answer, fallback = t('api.failed')) {
  const message = answer.body?.message;
  return typeof message === 'string' && message ? serverText(message) : fallback;
}

/**
 * Text the API wrote (its messages, field errors, readiness checks, failure reasons: Swedish, core/message/*Messages)
 * as a child for h(): the text itself while the pages are Swedish, else a <span lang="sv"> holding it, so a screen
 * reader reads it as Swedish on an English page (WCAG 3.1.2, language of parts). Empty text stays empty.
 */
export function serverText(text) {
  if (text === undefined || text === null || text === '') return text;
  return language() === 'sv' ? String(text) : h('span', { lang: 'sv' }, String(text));
}
