/** Swedish presentation of the API's values. */

const DATE_TIME = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const DATE = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });

export function dateTime(iso) {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

export function date(iso) {
  if (!iso) return '–';
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? iso : DATE.format(parsed);
}

/** The application statuses of api/openapi.yaml (ApplicationStatus), in the order of the journey. */
export const APPLICATION_STATUSES = {
  SUBMITTED: 'Inskickad – väntar på beslut',
  APPROVED: 'Godkänd',
  REJECTED: 'Avslagen',
  AWAITING_SIGNATURE: 'Väntar på underskrift',
  SIGNATURE_EXPIRED: 'Underskriften har inte gjorts i tid',
  COMPLETED: 'Klar – avtalet är signerat',
  FAILED: 'Misslyckad – anslutningen avbröts',
};

export function applicationStatus(status) {
  return APPLICATION_STATUSES[status] ?? status ?? '–';
}

/** A postal address { street, postalCode, city } on one line. */
export function address(value) {
  return value ? `${value.street}, ${value.postalCode} ${value.city}` : '–';
}
