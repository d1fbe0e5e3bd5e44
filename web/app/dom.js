/**
 * Builds DOM nodes element by element (never by parsing HTML strings), so text from the API or the user is
 * always text, never markup, and the page stays within a strict Content-Security-Policy.
 *
 * h('p', { class: 'hint', id: 'x' }, 'text', h('strong', {}, 'bold')) — attributes starting with "on" take a
 * listener; `false`, `null` and `undefined` attributes and children are left out.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'style') {
      // A style attribute is inline style: the Content-Security-Policy (style-src 'self') would drop it.
      throw new Error('h(): use a class from styles.css instead of a style attribute');
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === false || child === null || child === undefined) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of `parent`. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

let idCounter = 0;

/** An id unique in this page, for label/aria-describedby pairs. */
export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * A message box; `role="alert"` makes screen readers announce it at once. Each body part that is text (or a <span>,
 * such as the API's text marked lang="sv") is a paragraph; other nodes go in as they are.
 */
export function messageBox(kind, title, ...body) {
  return h('div', { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status', tabindex: '-1' },
    title ? h('p', { class: 'message-title' }, title) : null,
    ...body.map((part) => (typeof part === 'string' || part?.nodeName === 'SPAN' ? h('p', {}, part) : part)));
}

/** Moves focus to `element` (e.g. a heading or an error summary) so keyboard and screen reader users follow. */
export function focus(element) {
  if (!element) return;
  if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
}

/** One entry of a definition list (`<dl class="summary">`): the label and its value, or a dash when there is none. */
export function term(label, value) {
  return [h('dt', {}, label), h('dd', {}, value || '–')];
}
