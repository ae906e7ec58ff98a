/**
 * Tiny DOM helpers for the sidebar. Text always goes in through textContent (never innerHTML), so
 * sheet names, headers and cell values from the user can never become markup.
 */

type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element with attributes and children (strings become text nodes).
 * @example el('p', { class: 'muted' }, 'Hello')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A `<select>` with `[value, text]` options. */
export function select(id: string, options: [string, string][], selected: string): HTMLSelectElement {
  const node = el('select', { id });
  for (const [value, text] of options) node.append(new Option(text, value, false, value === selected));
  return node;
}
