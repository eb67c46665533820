/**
 * How matchers name a state. A plain name (`"Reserve"`) matches that state wherever it runs, at the top
 * level or inside any Map iteration or Parallel branch (AWS requires state names to be unique in a whole
 * state machine). A qualified name addresses nested runs the way `result.path` records them:
 * `ReserveStock[2].Reserve` (Map item 2), `ShipAndNotify#1.Notify` (branch 1), with `[*]` / `#*` for any
 * item or branch, and an unindexed scope (`ReserveStock.Reserve`) for any item or branch too.
 */
export interface StateSelector {
  readonly text: string;
  /** True for a plain name: it matches at any depth. */
  readonly plain: boolean;
  matches(path: string): boolean;
}

const cache = new Map<string, StateSelector>();

export function stateSelector(text: string): StateSelector {
  let selector = cache.get(text);
  if (selector === undefined) {
    selector = build(text);
    if (cache.size > 1000) cache.clear();
    cache.set(text, selector);
  }
  return selector;
}

/** True when the text is a qualified path rather than a plain state name. */
export function isQualified(text: string): boolean {
  return text.includes('.');
}

function build(text: string): StateSelector {
  if (!isQualified(text)) {
    return { text, plain: true, matches: (path) => path === text || lastSegment(path) === text };
  }
  const segments = text.split('.');
  const last = segments.pop() ?? '';
  const scopes = segments.map((segment) => {
    const indexed = /^(.*?)(\[(?:\d+|\*)\]|#(?:\d+|\*))$/.exec(segment);
    if (indexed === null) return `${escape(segment)}(?:\\[\\d+\\]|#\\d+)`;
    const [, name = '', suffix = ''] = indexed;
    const index =
      suffix === '[*]'
        ? '\\[\\d+\\]'
        : suffix === '#*'
          ? '#\\d+'
          : suffix.startsWith('[')
            ? `\\[${suffix.slice(1, -1)}\\]`
            : `#${suffix.slice(1)}`;
    return `${escape(name)}${index}`;
  });
  const pattern = new RegExp(`^${[...scopes, escape(last)].join('\\.')}$`);
  return { text, plain: false, matches: (path) => path === text || pattern.test(path) };
}

function lastSegment(path: string): string {
  const match = /(?:\[\d+\]|#\d+)\.([^.]*)$/.exec(path);
  return match?.[1] ?? path;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
