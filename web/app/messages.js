/**
 * Words for the API's values (roles, agreement, application and order statuses, readiness checks, mail states):
 * the catalogue's key is `${group}.${value}` (messages/sv.js, messages/en.js). A value the client does not know yet
 * is shown as it is.
 */
import { hasText, t } from './i18n.js';

/** The text for an API value in a group ("role", "agreement", …), or the value itself when unknown. */
export function textOf(group, value) {
  if (value === undefined || value === null || value === '') return '–';
  const key = `${group}.${value}`;
  return hasText(key) ? t(key) : String(value);
}

export const ROLES = ['ADMINISTRATOR', 'ORDERER', 'ATTESTANT', 'AGREEMENT_CONTACT'];
