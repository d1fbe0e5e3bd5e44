/**
 * The inputs that describe a person, shared by the administrator's "Lägg upp ny användare" / "Ändra" form and
 * Inera customer service's "Lägg till administratör". Input names are the request's JSON fields, so the API's
 * field errors land beside them.
 */
import { h, uniqueId } from './dom.js';
import { field } from './form-fields.js';
import { t } from './i18n.js';
import { ROLES } from './messages.js';

/** `person` prefills the inputs; with `emailFixed` the e-mail (the login) is shown, not editable. */
export function personFields(person = {}, { emailFixed = false } = {}) {
  const name = field({ name: 'name', label: t('person.name'), required: true, autocomplete: 'off', value: person.name ?? '' });
  const email = emailFixed
    ? h('p', {}, h('strong', {}, t('person.emailFixed')), ' ', person.email ?? '–')
    : field({ name: 'email', label: t('person.email'), type: 'email', required: true, autocomplete: 'off', value: person.email ?? '',
      hint: t('person.email.hint') });
  const mobile = field({ name: 'mobile', label: t('person.mobile'), type: 'tel', required: true, autocomplete: 'off', value: person.mobile ?? '',
    hint: t('person.mobile.hint') });
  const personnummer = field({ name: 'personnummer', label: t('person.personnummer'), markOptional: false, autocomplete: 'off',
    hint: person.hasPersonnummer ? t('person.personnummer.hintKept') : t('person.personnummer.hint') });
  return [name, email, h('div', { class: 'field-row' }, mobile, personnummer)];
}

/** The role checkboxes as one group; its errors (field "roles") show under the legend. */
export function roleChoices(selected = []) {
  const errorId = uniqueId('roles-error');
  return h('fieldset', { class: 'field', dataset: { field: 'roles' } },
    h('legend', {}, t('person.roles')),
    h('p', { class: 'field-error', id: errorId, hidden: true }),
    ROLES.map((role) => {
      const id = uniqueId(`role-${role.toLowerCase()}`);
      const descriptionId = `${id}-description`;
      return h('div', { class: 'choice role-choice' },
        h('input', { type: 'checkbox', id, name: 'roles', value: role, checked: selected.includes(role),
          'aria-describedby': `${descriptionId} ${errorId}` }),
        h('label', { for: id }, h('strong', {}, t(`role.${role}`)), ' ',
          h('span', { id: descriptionId, class: 'role-description' }, t(`role.${role}.description`))));
    }));
}

/** The form's person as a request body: trimmed values, an empty personnummer left out (it is optional). */
export function personBody(form, { withEmail = true } = {}) {
  const value = (name) => form.elements.namedItem(name)?.value.trim() ?? '';
  const body = { name: value('name'), mobile: value('mobile') };
  if (withEmail) body.email = value('email');
  if (value('personnummer')) body.personnummer = value('personnummer');
  return body;
}

/** The checked roles. */
export function checkedRoles(form) {
  return Array.from(form.querySelectorAll('input[name="roles"]:checked'), (box) => box.value);
}
