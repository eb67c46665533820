/**
 * One piece of a string split at its `${...}` placeholders: literal text, a placeholder, or an
 * escaped `${!Literal}` (CloudFormation's Fn::Sub escape) that stands for the text `${Literal}`.
 */
export type PlaceholderToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: string; readonly raw: string }
  | { readonly kind: 'escape'; readonly text: string };

/**
 * Splits `text` at its `${...}` placeholders. The name runs to the matching `}` so that nested
 * forms (Serverless `${self:custom.${sls:stage}}`, intrinsic names holding braces) stay whole; an
 * unbalanced `${` falls back to the first `}`, as CloudFormation's Fn::Sub reads it, and a `${`
 * with no `}` at all is plain text.
 */
export function tokenizePlaceholders(text: string): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    if (start < 0) break;
    const end = closingBrace(text, start + 2);
    if (end < 0) break;
    literal += text.slice(i, start);
    const inner = text.slice(start + 2, end);
    if (inner.length === 0) {
      literal += '${}';
    } else if (inner.startsWith('!')) {
      if (literal !== '') tokens.push({ kind: 'text', text: literal });
      literal = '';
      tokens.push({ kind: 'escape', text: '${' + inner.slice(1) + '}' });
    } else {
      if (literal !== '') tokens.push({ kind: 'text', text: literal });
      literal = '';
      tokens.push({ kind: 'placeholder', name: inner, raw: text.slice(start, end + 1) });
    }
    i = end + 1;
  }
  literal += text.slice(i);
  if (literal !== '') tokens.push({ kind: 'text', text: literal });
  return tokens;
}

/** True when `text` may hold a placeholder: the cheap test that keeps plain strings on the fast path. */
export function mayHoldPlaceholder(text: string): boolean {
  return text.includes('${');
}

function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return text.indexOf('}', from);
}
