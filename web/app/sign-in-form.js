/**
 * The sign-in steps shared by Inera customer service (/inera) and administrators (/logga-in): e-mail and
 * password, then — when Cognito asks — a new password (first sign-in with the mailed temporary password) or a
 * code from the authenticator app. Calls onSignedIn(tokens) at the end.
 */
import { h, focus, messageBox, replaceChildren } from './dom.js';
import { field } from './form-fields.js';
import { PASSWORD_RULES, SignInError, passwordProblem, sendAuthenticatorCode, setNewPassword, signIn } from './cognito.js';

export function renderSignInForm(container, config, { onSignedIn, intro }) {
  showCredentials();

  function showCredentials(notice) {
    const email = field({ name: 'username', label: 'E-postadress', type: 'email', required: true, autocomplete: 'username' });
    const password = field({ name: 'password', label: 'Lösenord', type: 'password', required: true, autocomplete: 'current-password',
      hint: 'Första gången: använd det tillfälliga lösenordet från e-postmeddelandet. Du väljer sedan ett eget.' });
    const form = h('form', { class: 'form narrow', novalidate: true }, email, password,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Logga in')));
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    replaceChildren(container, intro ? h('p', {}, intro) : null, notice ?? null, status, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const username = form.elements.username.value.trim();
      const secret = form.elements.password.value;
      if (!username || !secret) {
        show(status, 'Fyll i både e-postadress och lösenord.');
        return;
      }
      run(form, status, () => signIn(config, username, secret));
    });
    focus(form.elements.username);
  }

  function showNewPassword(challenge) {
    const first = field({ name: 'newPassword', label: 'Nytt lösenord', type: 'password', required: true, autocomplete: 'new-password', hint: PASSWORD_RULES });
    const again = field({ name: 'repeatPassword', label: 'Upprepa det nya lösenordet', type: 'password', required: true, autocomplete: 'new-password' });
    const form = h('form', { class: 'form narrow', novalidate: true }, first, again,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Spara lösenord och logga in')));
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    const heading = h('h2', {}, 'Välj ett eget lösenord');
    replaceChildren(container, heading,
      h('p', {}, 'Det tillfälliga lösenordet gäller bara för första inloggningen. Välj nu ett eget lösenord som bara du känner till.'),
      status, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.elements.newPassword.value;
      const problem = passwordProblem(chosen)
        ?? (chosen === form.elements.repeatPassword.value ? null : 'Lösenorden är inte likadana.');
      if (problem) {
        show(status, problem);
        return;
      }
      run(form, status, () => setNewPassword(config, challenge, chosen));
    });
    focus(heading);
  }

  function showAuthenticatorCode(challenge) {
    const code = field({ name: 'code', label: 'Kod från autentiseringsappen', required: true, autocomplete: 'one-time-code', inputmode: 'numeric', hint: '6 siffror.' });
    const form = h('form', { class: 'form narrow', novalidate: true }, code,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Fortsätt')));
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    replaceChildren(container, h('h2', {}, 'Bekräfta med din kod'), status, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run(form, status, () => sendAuthenticatorCode(config, challenge, form.elements.code.value.replace(/\s/g, '')));
    });
    focus(form.elements.code);
  }

  /** Sends one step; the typed values stay in the form whatever happens. */
  async function run(form, status, step) {
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    status.replaceChildren(h('p', { class: 'working' }, 'Loggar in …'));
    try {
      const outcome = await step();
      if (outcome.tokens) {
        onSignedIn(outcome.tokens);
      } else if (outcome.challenge === 'NEW_PASSWORD_REQUIRED') {
        showNewPassword(outcome);
      } else {
        showAuthenticatorCode(outcome);
      }
    } catch (failure) {
      show(status, failure instanceof SignInError ? failure.message : 'Inloggningen misslyckades. Försök igen.');
      button.disabled = false;
    }
  }

  function show(status, message) {
    const box = messageBox('error', null, message);
    status.replaceChildren(box);
    focus(box);
  }
}
