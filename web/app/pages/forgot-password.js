/**
 * "/glomt-losenord", linked from every sign-in form: a forgotten password. The e-mail address, then Cognito mails a
 * code (ForgotPassword); the code and a new password (ConfirmForgotPassword); then sign in as usual. The page says
 * the same whether or not the address has an account. Locally cognito-local mails nothing: the local runtime sends its
 * code to the local mailbox, which the page links (config.json's developerLinks).
 */
import { h, focus, messageBox, replaceChildren } from '../dom.js';
import { clearFieldErrors, field, showProblems } from '../form-fields.js';
import { canSignIn, loadConfig } from '../config.js';
import { confirmForgotPassword, forgotPassword, passwordProblem, passwordRules, SignInError } from '../cognito.js';
import { missingConfiguration } from '../signed-in.js';
import { sentence, t } from '../i18n.js';

export function renderForgotPassword(main) {
  document.title = t('site.titleOf', { page: t('forgot.title') });
  const content = h('div', {});
  replaceChildren(main, h('h1', {}, t('forgot.title')), content);
  const page = { active: true };
  loadConfig().then((config) => {
    if (!page.active) return;
    if (!canSignIn(config)) replaceChildren(content, missingConfiguration());
    else askForAddress(content, config);
  });
  return () => { page.active = false; };
}

function askForAddress(content, config, username = '') {
  const email = field({ name: 'username', label: t('signIn.email'), type: 'email', required: true, autocomplete: 'username', value: username });
  const form = h('form', { class: 'form narrow', id: 'forgot-password-form', novalidate: true },
    email,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('forgot.send'))));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  replaceChildren(content, h('p', {}, t('forgot.intro')), status, form,
    h('p', {}, h('a', { href: '/logga-in' }, t('forgot.back'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = form.elements.username.value.trim();
    if (!address) {
      showProblems(form, status, [{ field: 'username', message: t('signIn.email.missing') }]);
      return;
    }
    const sent = await run(form, status, t('forgot.sending'), () => forgotPassword(config, address));
    if (sent) askForCode(content, config, address);
  });
  focus(form.elements.username);
}

function askForCode(content, config, username) {
  const code = field({ name: 'code', label: t('forgot.code'), required: true, autocomplete: 'one-time-code', inputmode: 'numeric', hint: t('forgot.code.hint') });
  const first = field({ name: 'newPassword', label: t('signIn.newPassword'), type: 'password', required: true, autocomplete: 'new-password', hint: passwordRules() });
  const again = field({ name: 'repeatPassword', label: t('signIn.repeatPassword'), type: 'password', required: true, autocomplete: 'new-password' });
  const form = h('form', { class: 'form narrow', id: 'new-password-form', novalidate: true }, code, first, again,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, t('forgot.save'))));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const heading = h('h2', {}, t('forgot.code.title'));
  const mailbox = config.developerLinks?.mailbox;
  const resend = h('button', { type: 'button', class: 'button small secondary' }, t('forgot.resend'));
  resend.addEventListener('click', async () => {
    resend.disabled = true;
    try {
      await forgotPassword(config, username);
      status.replaceChildren(messageBox('success', null, t('forgot.resent', { email: username })));
    } catch (failure) {
      status.replaceChildren(messageBox('error', null, failure instanceof SignInError ? failure.message : t('signIn.failed')));
    } finally {
      resend.disabled = false;
    }
  });
  replaceChildren(content, heading,
    h('p', {}, t('forgot.code.text', { email: username })),
    mailbox ? h('p', { class: 'note', id: 'forgot-local-mailbox' }, sentence('forgot.local', { link: h('a', { href: mailbox, target: '_blank', rel: 'noopener' }, t('developer.mailbox')) })) : null,
    status, form,
    h('div', { class: 'actions' }, resend,
      h('button', { type: 'button', class: 'button small secondary', onclick: () => askForAddress(content, config, username) }, t('forgot.otherAddress'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const typedCode = form.elements.code.value.replace(/\s/g, '');
    const chosen = form.elements.newPassword.value;
    const problems = [
      typedCode ? null : { field: 'code', message: t('forgot.code.missing') },
      passwordProblem(chosen) ? { field: 'newPassword', message: passwordProblem(chosen) } : null,
      !passwordProblem(chosen) && chosen !== form.elements.repeatPassword.value
        ? { field: 'repeatPassword', message: t('signIn.repeatPassword.different') } : null,
    ].filter(Boolean);
    if (problems.length) {
      showProblems(form, status, problems);
      return;
    }
    const saved = await run(form, status, t('form.saving'), () => confirmForgotPassword(config, username, typedCode, chosen));
    if (saved) showDone(content);
  });
  focus(heading);
}

function showDone(content) {
  const done = messageBox('success', t('forgot.done.title'), t('forgot.done'));
  replaceChildren(content, done, h('p', {}, h('a', { class: 'button primary', href: '/logga-in', id: 'forgot-sign-in' }, t('nav.signIn'))));
  focus(done);
}

/** One request to Cognito with the button disabled and the status said; true when it went through. */
async function run(form, status, working, step) {
  clearFieldErrors(form);
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  status.replaceChildren(h('p', { class: 'working' }, working));
  try {
    await step();
    return true;
  } catch (failure) {
    const box = messageBox('error', null, failure instanceof SignInError ? failure.message : t('signIn.failed'), t('form.kept'));
    status.replaceChildren(box);
    focus(box);
    return false;
  } finally {
    button.disabled = false;
  }
}
