/** Presentation of the API's values: dates in Swedish format (sv-SE, whatever the language), statuses, addresses. */
import { formatDate, formatDateTime } from './i18n.js';
import { textOf } from './messages.js';

export { formatDateTime as dateTime, formatDate as date };

/** The application statuses of api/openapi.yaml (ApplicationStatus), in the order of the journey. */
export const APPLICATION_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'AWAITING_SIGNATURE', 'SIGNATURE_EXPIRED', 'COMPLETED', 'FAILED'];

export function applicationStatus(status) {
  return textOf('applicationStatus', status);
}

/** A postal address { street, postalCode, city } on one line. */
export function address(value) {
  return value ? `${value.street}, ${value.postalCode} ${value.city}` : '–';
}
