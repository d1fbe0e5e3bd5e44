/**
 * Calls Kundportal's HTTP API (api/openapi.yaml) on the page's own origin. Every answer comes back as
 * { status, body } — the caller decides what a 400, 404, 409 or 410 means for its page; only a network failure
 * throws (NetworkError), with a message in the chosen language. Every call tells the API that language
 * (Accept-Language); the API's own messages are shown as they come.
 */
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

/** The API's (Swedish) message, or a fallback when the body has none (e.g. a gateway error). */
export function messageOf(answer, fallback = t('api.failed')) {
  return typeof answer.body?.message === 'string' && answer.body.message ? answer.body.message : fallback;
}
