/**
 * The sign-in steps shared by Inera customer service (/inera) and administrators (/logga-in): e-mail and
 * password, then — when Cognito asks — a new password (first sign-in with the mailed temporary password) or a
 * code from the authenticator app. Calls onSignedIn(tokens) at the end.
 */
import { h, focus, messageBox, replaceChildren } from './dom.js';
import { field, showProblems } from './form-fields.js';
import { passwordRules, SignInError, passwordProblem, sendAuthenticatorCode, setNewPassword, signIn } from './cognito.js';
import { t } from './i18n.js';

export function renderSignInForm(container, config, { onSignedIn, intro }) {
  showCredentials();

  function showCredentials(notice) {
    const email = field({ name: 'username', label: t('signIn.email'), type: 'email', required: true, autocomplete: 'username' });
    const password = field({ name: 'password', label: t('signIn.password'), type: 'password', required: true, autocomplete: 'current-password',
      hint: t('signIn.password.hint') });
    const form = h('form', { class: 'form narrow', novalidate: true }, email, password,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('signIn.submit'))));
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    replaceChildren(container, intro ? h('p', {}, intro) : null, notice ?? null, status, form,
      h('p', {}, h('a', { href: '/glomt-losenord', id: 'forgot-password-link' }, t('signIn.forgot'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const username = form.elements.username.value.trim();
      const secret = form.elements.password.value;
      if (!username || !secret) {
        showProblems(form, status, [
          username ? null : { field: 'username', message: t('signIn.email.missing') },
          secret ? null : { field: 'password', message: t('signIn.password.missing') },
        ].filter(Boolean));
        return;
      }
      run(form, status, () => signIn(config, username, secret));
    });
    focus(form.elements.username);
  }

  function showNewPassword(challenge) {
    const first = field({ name: 'newPassword', label: t('signIn.newPassword'), type: 'password', required: true, autocomplete: 'new-password', hint: passwordRules() });
    const again = field({ name: 'repeatPassword', label: t('signIn.repeatPassword'), type: 'password', required: true, autocomplete: 'new-password' });
    const form = h('form', { class: 'form narrow', novalidate: true }, first, again,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('signIn.newPassword.submit'))));
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    const heading = h('h2', {}, t('signIn.newPassword.title'));
    replaceChildren(container, heading,
      h('p', {}, t('signIn.newPassword.text')),
      status, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.elements.newPassword.value;
      const problem = passwordProblem(chosen);
      if (problem) {
        showProblems(form, status, [{ field: 'newPassword', message: problem }]);
        return;
      }
      if (chosen !== form.elements.repeatPassword.value) {
        showProblems(form, status, [{ field: 'repeatPassword', message: t('signIn.repeatPassword.different') }]);
        return;
      }
      run(form, status, () => setNewPassword(config, challenge, chosen));
    });
    focus(heading);
  }

  function showAuthenticatorCode(challenge) {
    const code = field({ name: 'code', label: t('signIn.code'), required: true, autocomplete: 'one-time-code', inputmode: 'numeric', hint: t('signIn.code.hint') });
    const form = h('form', { class: 'form narrow', novalidate: true }, code,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('signIn.code.submit'))));
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    replaceChildren(container, h('h2', {}, t('signIn.code.title')), status, form);
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
    status.replaceChildren(h('p', { class: 'working' }, t('signIn.working')));
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
      show(status, failure instanceof SignInError ? failure.message : t('signIn.failed'));
      button.disabled = false;
    }
  }

  function show(status, message) {
    const box = messageBox('error', null, message);
    status.replaceChildren(box);
    focus(box);
  }
}
