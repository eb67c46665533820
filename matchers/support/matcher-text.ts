/** The part of vitest's matcher state the texts need: whether `.not`, `.resolves` or `.rejects` was used. */
export interface HintContext {
  readonly isNot: boolean;
  readonly promise: string;
}

/** The result every sfn-sim matcher returns: vitest throws on failure and diffs `actual` against `expected`. */
export interface MatcherOutcome {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

/** The first line of every failure: `expect(execution).not.toHaveVisited("Refund")`, like vitest's grey hint. */
export function hint(context: HintContext, matcher: string, args = ''): string {
  const promise = context.promise === '' ? '' : `.${context.promise}`;
  return `expect(execution)${promise}${context.isNot ? '.not' : ''}.${matcher}(${args})`;
}

/** Joins message blocks with one empty line between them, dropping empty blocks. */
export function blocks(...parts: ReadonlyArray<string | readonly string[] | undefined>): string {
  return parts
    .map((p) => (p === undefined ? '' : typeof p === 'string' ? p : p.join('\n')))
    .filter((p) => p !== '')
    .join('\n\n');
}
