/**
 * Labelled form fields whose hint and error are tied to the input with aria-describedby, and the showing of
 * the server's field errors next to the inputs they belong to.
 */
import { h, focus, messageBox, uniqueId } from './dom.js';
import { messageOf, serverText } from './api.js';
import { t } from './i18n.js';

/**
 * A label, an input and room for its error. `name` is the JSON path the API reports errors under
 * (e.g. "contacts.signatory.personnummer"). `markOptional: false` for a field that is required only sometimes.
 */
export function field({ name, label, type = 'text', required = false, markOptional = true, hint, autocomplete, inputmode, multiline = false, value = '' }) {
  const id = uniqueId('field');
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const control = h(multiline ? 'textarea' : 'input', {
    id,
    name,
    type: multiline ? null : type,
    autocomplete,
    inputmode,
    'aria-required': required ? 'true' : null,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
    rows: multiline ? 4 : null,
  });
  control.value = value;
  return h('div', { class: 'field', dataset: { field: name } },
    h('label', { for: id }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null,
      required || !markOptional ? null : h('span', { class: 'optional' }, t('form.optional'))),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'field-error', id: errorId, hidden: true }),
    control);
}

/** Removes every shown field error in `form`. */
export function clearFieldErrors(form) {
  form.querySelectorAll('.field.has-error').forEach((wrapper) => {
    wrapper.classList.remove('has-error');
    const error = wrapper.querySelector('.field-error');
    error.replaceChildren();
    error.hidden = true;
    wrapper.querySelectorAll('input, textarea, select').forEach((control) => control.removeAttribute('aria-invalid'));
  });
}

/**
 * Shows each { field, message } next to its input. A path naming a group (e.g. "organisation.address") goes to
 * the group's first input. Returns the errors that belong to no input, with the input each other error went to.
 * `text(message)` is the message as a child for h(): serverText for the API's (Swedish) messages.
 */
function showFieldErrors(form, errors, text) {
  const placed = [];
  const unplaced = [];
  for (const error of errors) {
    const wrapper = form.querySelector(`.field[data-field="${CSS.escape(error.field)}"]`)
      ?? form.querySelector(`.field[data-field^="${CSS.escape(`${error.field}.`)}"]`);
    if (!wrapper) {
      unplaced.push(error);
      continue;
    }
    const message = wrapper.querySelector('.field-error');
    message.append(message.childNodes.length ? ' ' : '', text(error.message));
    message.hidden = false;
    wrapper.classList.add('has-error');
    const controls = wrapper.querySelectorAll('input, textarea, select');
    if (wrapper.tagName === 'FIELDSET' && wrapper.querySelector('.field')) {
      // A group of fields with errors of their own (the order's care units): the error is the group's, once, told
      // by the fieldset's aria-describedby; its inputs are not each invalid. The summary links to the group, and
      // following the link (or the first error) puts focus on the group's first input, so the group is entered.
      if (!wrapper.id) wrapper.id = uniqueId('group');
      placed.push({ ...error, control: controls[0] ?? wrapper, target: wrapper, label: summaryLabel(wrapper) });
      continue;
    }
    // A group (radios, checkboxes) is invalid as a whole: every one of its inputs says so.
    controls.forEach((one) => one.setAttribute('aria-invalid', 'true'));
    const control = wrapper.tagName === 'FIELDSET' ? (wrapper.querySelector('input:checked') ?? controls[0]) : controls[0];
    placed.push({ ...error, control, target: control, label: summaryLabel(wrapper) });
  }
  return { placed, unplaced };
}

/** The field's label, prefixed by its group's legend where that tells fields apart ("Firmatecknare, E-postadress"). */
function summaryLabel(wrapper) {
  const own = wrapper.querySelector('legend, label').firstChild.textContent.trim();
  const group = wrapper.tagName === 'FIELDSET' ? null : wrapper.closest('fieldset')?.querySelector('legend')?.textContent.trim();
  return group && !own.toLowerCase().includes(group.toLowerCase()) ? `${group}, ${own}` : own;
}

/**
 * The list of problems at the top of a form, each linking to its input; gets focus so a screen reader reads it.
 */
function errorSummary(title, placed, unplaced, text) {
  return h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title' },
    h('h2', { id: 'error-summary-title' }, title),
    h('ul', {},
      placed.map((error) => h('li', {}, h('a', {
        href: `#${error.target.id}`,
        onclick: (event) => {
          event.preventDefault();
          error.control.focus();
        },
      }, `${error.label}: `, text(error.message)))),
      unplaced.map((error) => h('li', {}, text(error.message)))));
}

/**
 * One sending of `form`: clears the errors shown before, disables the submit button while `send()` runs (so a double
 * click sends once) and says so in `status`; resolves to what `send()` resolves to.
 */
export async function sendForm(form, status, send) {
  clearFieldErrors(form);
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  status.replaceChildren(h('p', { class: 'working' }, t('form.saving')));
  try {
    return await send();
  } finally {
    button.disabled = false;
  }
}

/**
 * A refused save. A 400's field errors (ErrorBody `errors`, [{ field, message }]) stand beside their inputs, the
 * summary at the top in `status`, focus on the first input in error (or the summary when none belongs to an input).
 * Any other answer is `failureTitle` with the API's message. Either way the inputs keep what the user typed. The
 * API's messages are Swedish: on a page in another language they are marked lang="sv" (serverText).
 */
export function showRefusal(form, status, answer, failureTitle) {
  clearFieldErrors(form);
  if (answer.status !== 400) {
    const box = messageBox('error', failureTitle, messageOf(answer), t('form.kept'));
    status.replaceChildren(box);
    focus(box);
    return;
  }
  showErrors(form, status, answer.body?.errors ?? [], messageOf(answer, t('form.invalid')), serverText);
}

/**
 * Problems the page finds before sending ({ field, message } in the chosen language), shown as the server's field
 * errors are.
 */
export function showProblems(form, status, errors) {
  clearFieldErrors(form);
  showErrors(form, status, errors, t('form.invalid'), (message) => message);
}

function showErrors(form, status, errors, titleWhenNone, text) {
  const { placed, unplaced } = showFieldErrors(form, errors, text);
  const title = placed.length + unplaced.length > 0 ? t('form.fix') : titleWhenNone;
  const summary = errorSummary(title, placed, unplaced, text);
  status.replaceChildren(summary);
  (placed[0]?.control ?? summary).focus();
}

