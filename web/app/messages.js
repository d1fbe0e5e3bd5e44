/**
 * The Swedish words of the signed-in customer pages that stand for the API's values (roles, agreement statuses,
 * readiness checks) or recur across pages. text(key) throws for a key that is missing, so a typo shows at once;
 * local/.../web/WebClientFilesTest checks that every key a page uses is defined here.
 */
const MESSAGES = {
  'role.ADMINISTRATOR': 'Administratör',
  'role.ORDERER': 'Beställare',
  'role.ATTESTANT': 'Attestant',
  'role.AGREEMENT_CONTACT': 'Kontaktperson för avtalet',
  'role.ADMINISTRATOR.description': 'Lägger upp användare och roller och ändrar fakturauppgifterna. Loggar in i Kundportalen.',
  'role.ORDERER.description': 'Beställer Ineras tjänster. Loggar in i Kundportalen.',
  'role.ATTESTANT.description': 'Godkänner (attesterar) beställningar via en länk i e-post, med SMS-kod eller BankID. Loggar inte in i Kundportalen och behöver personnummer.',
  'role.AGREEMENT_CONTACT.description': 'Kontaktperson för kundavtalet. Kan se organisationens uppgifter och roller.',

  'agreement.PENDING_SIGNATURE': 'Väntar på firmatecknarens underskrift',
  'agreement.SIGNED': 'Signerat',
  'agreement.EXPIRED': 'Underskriften gjordes inte i tid',
  'agreement.FAILED': 'Avbrutet',

  'readiness.AGREEMENT_SIGNED': 'Kundavtalet är signerat',
  'readiness.HAS_ORDERER': 'Minst en beställare',
  'readiness.HAS_ATTESTANT': 'Minst en attestant',

  'call.signedOut.title': 'Du är utloggad',
  'call.signedOut': 'Inloggningen har gått ut. Logga in igen.',
  'call.forbidden': 'Du har inte den roll som behövs för det här i organisationen.',
  'call.notFound': 'Organisationen eller personen finns inte, eller så har du inte tillgång till den.',
  'call.unexpected': 'Ett oväntat fel inträffade.',

  'form.fix': 'Rätta följande och försök igen',
  'form.kept': 'Det du har fyllt i finns kvar.',
  'form.saving': 'Sparar …',
  'form.loading': 'Hämtar …',
  'yes': 'Ja',
  'no': 'Nej',
};

export function text(key) {
  const found = MESSAGES[key];
  if (found === undefined) throw new Error(`messages.js: no text for ${key}`);
  return found;
}

/** The Swedish text for an API value in a group ("role", "agreement", …), or the value itself when unknown. */
export function textOf(group, value) {
  return MESSAGES[`${group}.${value}`] ?? value ?? '–';
}

export const ROLES = ['ADMINISTRATOR', 'ORDERER', 'ATTESTANT', 'AGREEMENT_CONTACT'];
