/** "/": what Kundportal is, Inera's routine in four steps, and the ways in. */
import { h, replaceChildren } from '../dom.js';

const STEPS = [
  ['Ansök', 'Organisationen skickar en kundansökan: uppgifter om organisationen, fakturering och tre kontaktpersoner – administratör, firmatecknare och kontaktperson för avtalet.'],
  ['Inera beslutar', 'Ineras kundservice går igenom ansökan. Vid godkännande får administratören inloggningsuppgifter, firmatecknaren en länk till avtalet och kontaktpersonen besked.'],
  ['Firmatecknaren signerar', 'Firmatecknaren läser Kundavtal 2 och skriver under digitalt med BankID. Innan avtalet är signerat kan inget beställas.'],
  ['Administratören lägger upp användare', 'Administratören tilldelar roller: minst en beställare och en attestant. Sedan kan organisationen beställa Ineras tjänster.'],
];

export function renderHome(main) {
  document.title = 'Kundportal – Inera';
  replaceChildren(main,
    h('h1', {}, 'Välkommen till Kundportalen'),
    h('p', { class: 'lead' }, 'Här blir din organisation kund hos Inera och beställer Ineras tjänster, till exempel 1177 journal, Intygstjänster och Nationell patientöversikt.'),
    h('h2', {}, 'Så blir ni kund'),
    h('ol', { class: 'steps' }, STEPS.map(([title, text]) => h('li', {}, h('h3', {}, title), h('p', {}, text)))),
    h('p', { class: 'note' }, 'Har organisationen redan Kundavtal 2? Då behöver ni inte ansöka: kontakta Ineras kundservice, så registrerar de er och administratören får tillgång.'),
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', href: '/ansok' }, 'Ansök om att bli kund'),
      h('a', { class: 'button', href: '/logga-in' }, 'Logga in')));
}
