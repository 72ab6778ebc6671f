/** What an element may contain: nodes, and strings that always become text, never markup. */
export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  readonly className?: string;
  /** Attributes set with setAttribute: ids, roles, aria-*, types, names. */
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: () => void;
}

/**
 * Builds an element. Player names and every other string are added as text nodes, so a name like
 * `<img src=x onerror=…>` shows as those characters; nothing here ever parses HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  const { onClick } = props;
  if (onClick) element.addEventListener('click', () => onClick());
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
  return h('button', { className, attrs: { type: 'button' }, onClick }, label);
}

/** A drop-down list of [value, text] options with `value` chosen. */
export function selectElement(
  id: string,
  options: readonly (readonly [string, string])[],
  value: string,
): HTMLSelectElement {
  return h(
    'select',
    { attrs: { id } },
    ...options.map(([optionValue, text]) => {
      const option = h('option', { attrs: { value: optionValue } }, text);
      option.selected = optionValue === value;
      return option;
    }),
  );
}
