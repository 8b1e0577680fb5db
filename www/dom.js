// Tiny DOM helpers. Text always goes through textContent / createTextNode: user data is never
// parsed as HTML anywhere on this page.

/**
 * h('p', { class: 'x', id: 'y', onclick: fn }, 'text', childNode, …)
 * Attributes starting with "on" become event listeners; `hidden`/`disabled` booleans are properties.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else if (name === 'value') {
      node.value = value;
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `node` (text is inserted as text). */
export function setChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

export const $ = (id) => document.getElementById(id);
